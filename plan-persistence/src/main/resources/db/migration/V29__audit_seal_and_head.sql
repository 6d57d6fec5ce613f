-- The audit log against its owner and its own writer (issue 18). The hash chain alone can
-- be recomputed by whoever may write the table, so each new row also carries the
-- application's seal (an HMAC with a key the application holds and the database does not:
-- AuditSeal) and the time of the row before it (so that a purged first part of the log can
-- be told from one removed too young). Rows written before keep neither, and still verify.
-- Both columns are added without a default: no row is rewritten and no trigger fires.
alter table audit_event add column previous_at timestamptz;
alter table audit_event add column seal char(64);

-- The head of the log: the newest row the application wrote, sealed by the application.
-- Rows deleted from the end of the log leave it pointing at a row that is gone. The
-- application's role may read it but not write it; it moves it only through
-- audit_head_advance, which runs as the owner and moves it only forward, to a row that
-- is in the log.
create table audit_head (
    singleton boolean   not null default true constraint pk_audit_head primary key
                        constraint ck_audit_head_singleton check (singleton),
    last_id   bigint    not null,
    last_hash char(64)  not null,
    seal      char(64)  not null
);

revoke all on audit_head from public;
revoke all on audit_head from "${appRole}";
grant select on audit_head to "${appRole}";

create function audit_head_advance(p_id bigint, p_hash char(64), p_seal char(64)) returns void
    language plpgsql security definer set search_path = public, pg_temp as $$
begin
    if not exists (select from audit_event where id = p_id and hash = p_hash) then
        raise exception 'the audit head must point to a row of the log (row %)', p_id;
    end if;
    insert into audit_head (singleton, last_id, last_hash, seal) values (true, p_id, p_hash, p_seal)
        on conflict (singleton) do update
        set last_id = excluded.last_id, last_hash = excluded.last_hash, seal = excluded.seal
        where audit_head.last_id < excluded.last_id;
    if not found then
        raise exception 'the audit head only moves forward (row %)', p_id;
    end if;
end
$$;

revoke all on function audit_head_advance(bigint, char, char) from public;
grant execute on function audit_head_advance(bigint, char, char) to "${appRole}";
