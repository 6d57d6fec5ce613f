-- 催报: the lead unit of a task asks a responsible unit for its part of a period; once a day at most
-- (the primary key), so a second press the same day sends nothing.
create table report_chase (
    task_id    bigint                   not null constraint fk_report_chase_task references task (id) on delete cascade,
    period_id  bigint                   not null constraint fk_report_chase_period references reporting_period (id) on delete cascade,
    unit_id    bigint                   not null constraint fk_report_chase_unit references unit (id),
    chased_on  date                     not null,
    chased_by  varchar(100)             not null,
    chased_at  timestamp with time zone not null,
    constraint pk_report_chase primary key (task_id, period_id, unit_id, chased_on)
);
