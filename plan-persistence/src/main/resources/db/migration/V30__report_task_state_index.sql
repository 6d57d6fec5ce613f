-- The navigation counts the reports waiting for review on every page of the office: by
-- the plan's tasks, then straight to the reports of each task in that state, instead of
-- reading every report the task ever had.
create index ix_report_task_state on report (task_id, state, kind);
