-- 作废: a plan put in force by mistake and withdrawn after units worked on it is kept,
-- with its history, and worked on no more.
alter table plan drop constraint ck_plan_status;
alter table plan add constraint ck_plan_status check (status in ('DRAFT', 'IN_FORCE', 'CLOSED', 'VOID'));
