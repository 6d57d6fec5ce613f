-- 销号: the office has closed the task as done, on evidence and an accepted report.
alter table task add column closed_out boolean not null default false;
