-- 合并单位: a unit merged into another hands it all its records. Where both units reported on
-- the same task and period, one report goes on and the other is kept in its history as a
-- MERGED event; where both answered the same 专项工作提示, the kept unit's answer is followed by
-- the merged unit's (each at most 4000 characters, with a heading between them).
alter table report_event drop constraint ck_report_event_kind;
alter table report_event add constraint ck_report_event_kind
    check (kind in ('SUBMITTED', 'RETURNED', 'ACCEPTED', 'MERGED'));

alter table work_prompt_unit drop constraint ck_work_prompt_unit_answer;
alter table work_prompt_unit add constraint ck_work_prompt_unit_answer check (char_length(answer) <= 8200);
