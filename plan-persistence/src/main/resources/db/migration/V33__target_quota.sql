-- 指标分解: a task's target split among the units that report their part of it. A quota
-- names the target by its place among the task's targets; one per unit and target.
create table target_quota (
    task_id         bigint         not null constraint fk_target_quota_task references task (id) on delete cascade,
    target_position integer        not null,
    unit_id         bigint         not null constraint fk_target_quota_unit references unit (id),
    position        integer        not null,
    amount          numeric(16, 4) not null constraint ck_target_quota_amount check (amount > 0),
    constraint pk_target_quota primary key (task_id, target_position, unit_id)
);

create index ix_target_quota_unit on target_quota (unit_id);

-- A unit is told when its share is given, changed or taken back.
alter table notification
    drop constraint ck_notification_kind,
    add constraint ck_notification_kind
        check (kind in ('REMINDER', 'PROMPT', 'REPORT', 'CHASE', 'EXTENSION', 'NOTICE', 'QUOTA'));
