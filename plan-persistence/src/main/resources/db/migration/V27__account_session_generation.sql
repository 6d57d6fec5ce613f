-- Counts the changes that end an account's sessions (disabled, new password, another role,
-- unit or region). A session keeps the generation it was opened with; a filter compares it
-- with this column on every request, so the end holds across application instances.
alter table account add column session_generation bigint not null default 0;
