-- Where each task stands on a day (light, 序时, done, overdue, its reported targets and the
-- reports its units owe this period), kept so that the overview reads a summary instead of
-- judging every task on every request. A plan's rows are rebuilt when anything they are
-- computed from changes (standing_change, written by the triggers below) or the day moves.

create table plan_standing (
    plan_id      bigint                   not null constraint pk_plan_standing primary key
        constraint fk_plan_standing_plan references plan (id) on delete cascade,
    as_of        date                     not null,
    rules        varchar(40)              not null,
    refreshed_at timestamp with time zone not null
);

create table task_standing (
    task_id       bigint       not null constraint pk_task_standing primary key
        constraint fk_task_standing_task references task (id) on delete cascade,
    plan_id       bigint       not null constraint fk_task_standing_plan references plan (id) on delete cascade,
    position      integer      not null,
    number        varchar(20)  not null,
    brief         varchar(100) not null,
    section       varchar(200) not null,
    lead_units    bigint[]     not null,
    units         bigint[]     not null,
    due_date      date         not null,
    light         varchar(10)  not null,
    standing      varchar(12),
    done          boolean      not null,
    overdue       boolean      not null,
    last_reported date
);

create index ix_task_standing_plan on task_standing (plan_id, position);
create index ix_task_standing_units on task_standing using gin (units);

create table task_standing_target (
    task_id  bigint         not null constraint fk_task_standing_target_task
        references task_standing (task_id) on delete cascade,
    ordinal  integer        not null,
    measure  varchar(20)    not null,
    counted  varchar(100)   not null,
    goal     numeric(14, 2) not null,
    expected numeric(14, 2) not null,
    actual   numeric(14, 2) not null,
    constraint pk_task_standing_target primary key (task_id, ordinal)
);

-- The report each unit owes on the task in the plan's running period: 1 on time, 2 late, 3 missing.
create table task_standing_duty (
    task_id bigint   not null constraint fk_task_standing_duty_task
        references task_standing (task_id) on delete cascade,
    unit_id bigint   not null,
    outcome smallint not null constraint ck_task_standing_duty_outcome check (outcome in (1, 2, 3)),
    constraint pk_task_standing_duty primary key (task_id, unit_id)
);

-- One row per plan and writing transaction; a refresh deletes the rows it has seen.
create table standing_change (
    plan_id bigint not null,
    tx      bigint not null default txid_current(),
    constraint pk_standing_change primary key (plan_id, tx)
);

create function standing_changed(changed_plan bigint) returns void language sql as $$
    insert into standing_change (plan_id) select changed_plan where changed_plan is not null
    on conflict do nothing;
$$;

create function standing_plan_row() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform standing_changed(old.plan_id);
    end if;
    if tg_op <> 'DELETE' then
        perform standing_changed(new.plan_id);
    end if;
    return null;
end $$;

create function standing_task_row() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform standing_changed((select plan_id from task where id = old.task_id));
    end if;
    if tg_op <> 'DELETE' then
        perform standing_changed((select plan_id from task where id = new.task_id));
    end if;
    return null;
end $$;

create function standing_report_figure_row() returns trigger language plpgsql as $$
declare
    figure_report bigint := case when tg_op = 'DELETE' then old.report_id else new.report_id end;
begin
    perform standing_changed((select t.plan_id from report r join task t on t.id = r.task_id
                              where r.id = figure_report));
    return null;
end $$;

create function standing_plan_itself() returns trigger language plpgsql as $$
begin
    perform standing_changed(case when tg_op = 'DELETE' then old.id else new.id end);
    return null;
end $$;

create function standing_group_row() returns trigger language plpgsql as $$
declare
    changed_group bigint := case when tg_op = 'DELETE' then old.group_id else new.group_id end;
begin
    perform standing_changed(p.id) from plan p join unit u on u.region_id = p.region_id where u.id = changed_group;
    return null;
end $$;

create trigger tr_plan_standing after insert or update or delete on plan
    for each row execute function standing_plan_itself();
create trigger tr_plan_section_standing after insert or update or delete on plan_section
    for each row execute function standing_plan_row();
create trigger tr_task_standing after insert or update or delete on task
    for each row execute function standing_plan_row();
create trigger tr_reporting_period_standing after insert or update or delete on reporting_period
    for each row execute function standing_plan_row();
create trigger tr_task_lead_unit_standing after insert or update or delete on task_lead_unit
    for each row execute function standing_task_row();
create trigger tr_task_responsible_unit_standing after insert or update or delete on task_responsible_unit
    for each row execute function standing_task_row();
create trigger tr_task_target_standing after insert or update or delete on task_target
    for each row execute function standing_task_row();
create trigger tr_task_deadline_standing after insert or update or delete on task_deadline
    for each row execute function standing_task_row();
create trigger tr_report_standing after insert or update or delete on report
    for each row execute function standing_task_row();
create trigger tr_report_figure_standing after insert or update or delete on report_figure
    for each row execute function standing_report_figure_row();
create trigger tr_unit_group_member_standing after insert or update or delete on unit_group_member
    for each row execute function standing_group_row();
