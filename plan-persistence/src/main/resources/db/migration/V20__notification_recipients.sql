-- 通知中心 for everyone who takes a hand-off (issue 17): a notification goes to a unit (its liaisons read
-- it), or to a region's office or its leaders (every account of that role there reads it). Read marks stay
-- per account (notification_read).
alter table notification
    add column audience varchar(10) not null default 'UNIT'
        constraint ck_notification_audience check (audience in ('UNIT', 'OFFICE', 'LEADERS')),
    add column region_id bigint constraint fk_notification_region references region (id),
    alter column unit_id drop not null,
    add constraint ck_notification_recipient check (
        (audience = 'UNIT' and unit_id is not null and region_id is null)
        or (audience <> 'UNIT' and region_id is not null and unit_id is null)),
    drop constraint ck_notification_kind,
    add constraint ck_notification_kind
        check (kind in ('REMINDER', 'PROMPT', 'REPORT', 'CHASE', 'EXTENSION', 'NOTICE'));

create index ix_notification_region on notification (region_id, audience, id desc) where region_id is not null;
