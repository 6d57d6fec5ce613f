-- The audit log names the object as it was when the event happened (任务「…」《…》, 账户 wjw), so
-- that a renamed or deleted object is still named. Rows written before have an empty name and
-- are named at display time from the object's key. Adding a column with a constant default
-- rewrites no row (and fires no row trigger); the hash covers the name only where there is one
-- (AuditChain), so the old rows still verify. The application's grants on the table cover the
-- new column.
alter table audit_event add column object_name varchar(300) not null default '';
