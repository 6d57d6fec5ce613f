-- Every keeping of a plan's standing takes the next generation, so that what is shown of
-- a set of plans is current while the largest generation among them is the same.
create sequence standing_generation;
alter table plan_standing add column generation bigint not null default 0;

-- A plan's targets and duties are read by plan, not through all of them.
alter table task_standing_target add column plan_id bigint;
update task_standing_target t set plan_id = s.plan_id from task_standing s where s.task_id = t.task_id;
alter table task_standing_target alter column plan_id set not null;
create index ix_task_standing_target_plan on task_standing_target (plan_id);
alter table task_standing_duty add column plan_id bigint;
update task_standing_duty d set plan_id = s.plan_id from task_standing s where s.task_id = d.task_id;
alter table task_standing_duty alter column plan_id set not null;
create index ix_task_standing_duty_plan on task_standing_duty (plan_id);

-- The overview names units: a renamed unit is shown under its new name.
create function standing_unit_row() returns trigger language plpgsql as $$
begin
    perform standing_changed(p.id) from plan p where p.region_id = new.region_id;
    return null;
end $$;

create trigger tr_unit_standing after update of name on unit
    for each row when (old.name is distinct from new.name) execute function standing_unit_row();
