-- The application connects as its own role, not as the owner that runs these migrations:
-- it reads and writes business rows, but what it may do to the audit log is limited
-- (V8). Audit rows are purged, after their retention time, only by a separate role.
do $$
begin
    if not exists (select from pg_roles where rolname = '${appRole}') then
        raise exception 'The application role "${appRole}" does not exist. Create it before migrating: see docs/operations.md';
    end if;
    if '${appRole}' = current_user then
        raise exception 'The application role "${appRole}" must not be the role that owns the schema and runs the migrations: see docs/operations.md';
    end if;
    if not exists (select from pg_roles where rolname = '${auditPurgeRole}') then
        raise exception 'The audit purge role "${auditPurgeRole}" does not exist. Create it before migrating: see docs/operations.md';
    end if;
end
$$;

grant usage on schema public to "${appRole}";
grant select, insert, update, delete on all tables in schema public to "${appRole}";
grant usage, select on all sequences in schema public to "${appRole}";
revoke all on ${flyway:table} from "${appRole}";

alter default privileges in schema public grant select, insert, update, delete on tables to "${appRole}";
alter default privileges in schema public grant usage, select on sequences to "${appRole}";
