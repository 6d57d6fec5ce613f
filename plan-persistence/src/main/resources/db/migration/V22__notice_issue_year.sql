-- 期号 belongs to the year an issue was first published in: a correction published in the
-- next year keeps its issue's year and number, and the next year's issues count from 1.
alter table notice add column issue_year integer;

update notice n set issue_year = extract(year from n.issue_date)::integer
where n.revision = 1 and n.number is not null;

-- a correction takes the year of the first revision of its issue
with recursive chain (id, root) as (
    select id, id from notice where corrects_id is null
    union all
    select n.id, c.root from notice n join chain c on n.corrects_id = c.id
)
update notice n set issue_year = root.issue_year
from chain c join notice root on root.id = c.root
where n.id = c.id and n.revision > 1 and n.number is not null;

alter table notice add constraint ck_notice_issue check ((number is null) = (issue_year is null));

drop index uq_notice_number;
-- an issue number is used once a year in a region, by each revision of that issue
create unique index uq_notice_number on notice (region_id, issue_year, number, revision)
    where issue_date is not null;
