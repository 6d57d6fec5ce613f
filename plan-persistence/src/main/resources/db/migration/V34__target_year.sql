-- 年度分解: a target of a multi-year plan divided into each year's share; carried is what the
-- year before left unfinished when it was closed (结转).
create table target_year (
    task_id         bigint         not null constraint fk_target_year_task references task (id) on delete cascade,
    target_position integer        not null,
    year            integer        not null,
    planned         numeric(16, 4) not null constraint ck_target_year_planned check (planned >= 0),
    carried         numeric(16, 4) not null default 0 constraint ck_target_year_carried check (carried >= 0),
    constraint pk_target_year primary key (task_id, target_position, year)
);

-- 年度结转: the years of a plan the office has closed, carrying what was unfinished over.
create table plan_year_closed (
    plan_id   bigint                   not null constraint fk_plan_year_closed_plan references plan (id) on delete cascade,
    year      integer                  not null,
    closed_at timestamp with time zone not null,
    closed_by varchar(100)             not null,
    constraint pk_plan_year_closed primary key (plan_id, year)
);
