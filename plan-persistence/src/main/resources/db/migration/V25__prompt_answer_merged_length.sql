-- 合并单位 appends the merged unit's answer to a 专项工作提示 to the kept unit's, once per merge:
-- three units merged into one already exceeded V19's bound of two answers. A typed answer stays
-- at most 4000 characters (the answer form); an answer put together by merges has no bound.
alter table work_prompt_unit drop constraint ck_work_prompt_unit_answer;
