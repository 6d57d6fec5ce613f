-- What one instance of the application used to keep in its own memory lives here, so that
-- any instance behind the load balancer continues a user's work: the HTTP sessions (Spring
-- Session's own tables, as its schema-postgresql.sql lays them out), the import drafts
-- waiting for confirmation, and the one-time form tokens that make a form sent twice
-- count once.
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- A document or spreadsheet read and waiting on its preview page; only the account that
-- read it (owner: its login name) sees it.
create table import_draft (
    id uuid primary key,
    owner varchar(100) not null,
    body bytea not null,
    created_at timestamptz not null,
    expires_at timestamptz not null
);
create index ix_import_draft_owner on import_draft (owner, created_at);
create index ix_import_draft_expires on import_draft (expires_at);

-- outcome: empty while the first submission runs, then where it redirected to
create table form_token (
    token varchar(64) primary key,
    outcome text not null,
    claimed_at timestamptz not null
);
create index ix_form_token_claimed on form_token (claimed_at);
