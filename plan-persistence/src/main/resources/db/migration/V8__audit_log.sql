-- The audit log (等保 安全审计). Rows are chained by hash (each covers the one before), the
-- application may only add and read them, nobody may change them, and only rows older than
-- the 180-day retention time may be deleted, by the purge role.
create table audit_event (
    id            bigint generated always as identity constraint pk_audit_event primary key,
    occurred_at   timestamptz  not null,
    actor         varchar(50)  not null,
    client_ip     varchar(45)  not null,
    type          varchar(40)  not null,
    object        varchar(100) not null,
    outcome       varchar(10)  not null constraint ck_audit_event_outcome check (outcome in ('SUCCESS', 'FAILURE')),
    detail        varchar(500) not null,
    previous_hash char(64)     not null,
    hash          char(64)     not null
);

create index ix_audit_event_occurred_at on audit_event (occurred_at);
create index ix_audit_event_actor on audit_event (actor, occurred_at);
create index ix_audit_event_type on audit_event (type, occurred_at);
create index ix_audit_event_object on audit_event (object);

revoke all on audit_event from public;
revoke update, delete, truncate, references, trigger on audit_event from "${appRole}";
grant select, insert on audit_event to "${appRole}";
grant select, delete on audit_event to "${auditPurgeRole}";

-- Even the owner cannot change a row or delete one younger than the retention time.
create function audit_event_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        raise exception 'audit rows cannot be changed (row %)', old.id;
    elsif tg_op = 'DELETE' and old.occurred_at > now() - interval '180 days' then
        raise exception 'audit rows are kept 180 days (row % is from %)', old.id, old.occurred_at;
    elsif tg_op = 'TRUNCATE' then
        raise exception 'the audit log cannot be truncated';
    end if;
    return old;
end
$$;

create trigger tg_audit_event_rows before update or delete on audit_event
    for each row execute function audit_event_guard();
create trigger tg_audit_event_truncate before truncate on audit_event
    for each statement execute function audit_event_guard();
