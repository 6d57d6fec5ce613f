-- Separate administrators (三员分立), liaison positions, and the state behind the password
-- and lockout rules.
alter table account drop constraint ck_account_role;
alter table account add constraint ck_account_role
    check (role in ('OFFICE', 'LIAISON', 'LEADER', 'SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN'));

alter table account add column liaison_position varchar(10)
    constraint ck_account_liaison_position check (liaison_position in ('PRIMARY', 'BACKUP'));
update account set liaison_position = 'PRIMARY' where role = 'LIAISON';
alter table account add constraint ck_account_liaison_position_set
    check ((role = 'LIAISON') = (liaison_position is not null));

-- One enabled primary and one enabled backup liaison per unit.
create unique index uq_account_unit_position on account (unit_id, liaison_position) where enabled;

alter table account add column password_changed_at  timestamptz not null default now();
alter table account add column must_change_password boolean     not null default false;
alter table account add column failed_logins        integer     not null default 0
    constraint ck_account_failed_logins check (failed_logins >= 0);
alter table account add column locked_until         timestamptz;

-- The hashes of earlier passwords, newest first (position 0), so they are not used again.
create table account_password_history (
    account_id    bigint       not null constraint fk_password_history_account references account (id),
    position      integer      not null,
    password_hash varchar(200) not null,
    constraint pk_account_password_history primary key (account_id, position)
);
