-- Login attempts are counted before their password is checked (issue 18): on the account
-- row for the account (failed_logins now counts attempts since the last successful login,
-- in flight or failed, up to the 5 that lock it), and here for the source address, so that
-- unknown usernames and attempts spread over many accounts are bounded too.
alter table account drop constraint ck_account_failed_logins;
alter table account add constraint ck_account_failed_logins check (failed_logins between 0 and 5);
-- attempts refused while the current lock runs: a right password checked meanwhile (the
-- fifth attempt) logs in but leaves the lock in place for the attempts still arriving
alter table account add column refused_logins integer not null default 0
    constraint ck_account_refused_logins check (refused_logins >= 0);

create table login_address (
    address     varchar(64) not null constraint pk_login_address primary key,
    -- failed or unresolved attempts from the address in the window
    attempts    integer     not null constraint ck_login_address_attempts check (attempts >= 0),
    -- the end of the window; once attempts reach the limit, the end of the refusal
    window_ends timestamptz not null
);
