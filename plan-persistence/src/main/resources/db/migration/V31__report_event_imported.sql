-- A report taken in from a progress table (进展情况) by the office is accepted as it stood;
-- its history says so.
alter table report_event drop constraint ck_report_event_kind;
alter table report_event add constraint ck_report_event_kind
    check (kind in ('SUBMITTED', 'RETURNED', 'ACCEPTED', 'MERGED', 'IMPORTED'));
