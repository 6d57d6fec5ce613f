-- A plan's pages offer its region's units to filter by: a unit added or removed there
-- changes them as a renamed one does.
create or replace function standing_unit_row() returns trigger language plpgsql as $$
begin
    perform standing_changed(p.id) from plan p
    where p.region_id = case when tg_op = 'DELETE' then old.region_id else new.region_id end;
    return null;
end $$;

create trigger tr_unit_added_or_removed after insert or delete on unit
    for each row execute function standing_unit_row();
