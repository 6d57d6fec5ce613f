package cn.laoling.ledger.web.bench;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A province's worth of ledger, written straight into the database for the benchmarks:
 * one province of 2 cities of 50 districts each; every district with 150 units and a plan
 * in force for 2024-2026 of 200 tasks (20,000 in all), each led by one unit with another
 * responsible, one quantitative target and a deadline; every task's 11 quarters up to
 * 2026Q3 reported by both units and accepted (about 440,000 reports), and 2026Q4 partly
 * submitted. District 001 also has a plan of 50 tasks. Accounts (password as given):
 * {@code province-leader} (all 100 districts), {@code city-leader} (the 50 districts of
 * the first city: 10,000 tasks), {@code district-leader} and {@code district-office} of
 * district 001. Tasks fare differently (ahead, on schedule, behind, far behind, overdue)
 * so that every light and standing appears.
 */
public final class ProvinceData {

	public static final int DISTRICTS = 100;

	public static final int UNITS_PER_DISTRICT = 150;

	public static final int TASKS_PER_PLAN = 200;

	private ProvinceData() {
	}

	public static void seed(JdbcTemplate jdbc, String passwordHash) {
		long province = jdbc.queryForObject("insert into region (name) values ('基准省') returning id", Long.class);
		for (int city = 1; city <= 2; city++) {
			long cityId = jdbc.queryForObject("insert into region (parent_id, name) values (?, ?) returning id",
					Long.class, province, "基准市" + city);
			jdbc.update("""
					insert into region (parent_id, name)
					select ?, '基准区' || lpad(n::text, 3, '0') from generate_series(?, ?) n""", cityId,
					(city - 1) * 50 + 1, city * 50);
		}
		jdbc.update("""
				insert into unit (region_id, name, kind)
				select r.id, case when n <= 120 then '部门' else '街镇' end || lpad(n::text, 3, '0'),
				       case when n <= 120 then 'DEPARTMENT' else 'STREET_TOWN' end
				from region r cross join generate_series(1, ?) n where r.name like '基准区%'""", UNITS_PER_DISTRICT);
		jdbc.update("""
				insert into plan (region_id, title, period_start, period_end, status)
				select r.id, r.name || '老龄工作推进方案（2024-2026年）', date '2024-01-01', date '2026-12-31', 'IN_FORCE'
				from region r where r.name like '基准区%'""");
		jdbc.update("""
				insert into plan (region_id, title, period_start, period_end, status)
				select r.id, r.name || '老龄友好型社区建设方案（2024-2026年）', date '2024-01-01', date '2026-12-31', 'IN_FORCE'
				from region r where r.name = '基准区001'""");
		jdbc.update("""
				insert into plan_section (plan_id, position, number, title)
				select p.id, s - 1, '（' || s || '）', '第' || s || '部分重点任务'
				from plan p join region r on r.id = p.region_id cross join generate_series(1, 4) s
				where r.name like '基准区%'""");
		jdbc.update("""
				insert into reporting_period (plan_id, year, quarter, due_date, state)
				select p.id, extract(year from q)::integer, extract(quarter from q)::integer,
				       (q + interval '2 months' + interval '24 days')::date, 'OPEN'
				from plan p join region r on r.id = p.region_id
				cross join lateral generate_series(date_trunc('quarter', p.period_start), p.period_end,
				                                   interval '3 months') q
				where r.name like '基准区%'""");
		jdbc.update(
				"""
						insert into task (plan_id, number, position, section_id, text, status)
						select p.id, k::text, k, (select s.id from plan_section s where s.plan_id = p.id and s.position = k % 4),
						       '推进居家社区养老服务网络建设，新建老年助餐点和日间照料中心（基准任务' || k || '）', 'IN_PROGRESS'
						from plan p join region r on r.id = p.region_id
						cross join generate_series(1, case when p.title like '%友好型社区%' then 50 else ? end) k
						where r.name like '基准区%'""",
				TASKS_PER_PLAN);
		jdbc.update("""
				insert into task_lead_unit (task_id, position, unit_id)
				select t.id, 0, u.id from task t join plan p on p.id = t.plan_id
				join unit u on u.region_id = p.region_id
				 and u.name = case when (t.position % ?) + 1 <= 120 then '部门' else '街镇' end
				              || lpad(((t.position % ?) + 1)::text, 3, '0')
				where p.title like '基准区%'""", UNITS_PER_DISTRICT, UNITS_PER_DISTRICT);
		jdbc.update("""
				insert into task_responsible_unit (task_id, position, unit_id)
				select t.id, 0, u.id from task t join plan p on p.id = t.plan_id
				join unit u on u.region_id = p.region_id
				 and u.name = case when ((t.position + 37) % ?) + 1 <= 120 then '部门' else '街镇' end
				              || lpad((((t.position + 37) % ?) + 1)::text, 3, '0')
				where p.title like '基准区%'""", UNITS_PER_DISTRICT, UNITS_PER_DISTRICT);
		jdbc.update("""
				insert into task_target (task_id, position, value_low, measure, counted, comparator, recurrence)
				select t.id, 0, case t.position % 3 when 0 then 1000 when 1 then 90 else 5000 end,
				       case t.position % 3 when 0 then '个' when 1 then '%' else '人次' end,
				       case t.position % 3 when 0 then '老年助餐点' when 1 then '健康管理率' else '培训' end,
				       'AT_LEAST', 'ONCE'
				from task t join plan p on p.id = t.plan_id where p.title like '基准区%'""");
		// most tasks are due at the plan's end; some fall due in the coming weeks, some
		// passed
		jdbc.update("""
				insert into task_deadline (task_id, position, due_date, wording, implied)
				select t.id, 0, d, '到' || to_char(d, 'YYYY年MM月DD日'), false
				from task t join plan p on p.id = t.plan_id
				cross join lateral (select case t.position % 10 when 1 then date '2026-06-30'
				                                               when 2 then date '2026-12-10'
				                                               when 3 then date '2027-01-15'
				                                               else date '2026-12-31' end as d) due
				where p.title like '基准区%'""");
		jdbc.update(
				"""
						insert into report (task_id, period_id, unit_id, kind, progress, status, state, submitted_at)
						select t.id, rp.id, l.unit_id, k.kind, '本季度推进情况（基准）', 'IN_PROGRESS', 'ACCEPTED',
						       make_date(rp.year, rp.quarter * 3, 20 + (t.position % 10))::timestamptz
						from task t join plan p on p.id = t.plan_id
						join reporting_period rp on rp.plan_id = p.id and (rp.year, rp.quarter) <= (2026, 3)
						cross join (values ('CONSOLIDATED'), ('PART')) k(kind)
						join lateral (select unit_id from task_lead_unit where task_id = t.id and k.kind = 'CONSOLIDATED'
						              union all
						              select unit_id from task_responsible_unit where task_id = t.id and k.kind = 'PART') l on true
						where p.title like '基准区%'""");
		jdbc.update("""
				insert into report (task_id, period_id, unit_id, kind, progress, status, state, submitted_at)
				select t.id, rp.id, l.unit_id, 'CONSOLIDATED', '第四季度推进情况（基准）', 'IN_PROGRESS', 'SUBMITTED',
				       timestamptz '2026-11-20 10:00:00+08'
				from task t join plan p on p.id = t.plan_id
				join reporting_period rp on rp.plan_id = p.id and rp.year = 2026 and rp.quarter = 4
				join task_lead_unit l on l.task_id = t.id
				where p.title like '基准区%' and t.position % 3 = 0""");
		// a task's figure grows with the quarters, faster or slower by the task
		jdbc.update("""
				insert into report_figure (report_id, position, given, value)
				select r.id, 0, true,
				       round(tt.value_low * ((rp.year - 2024) * 4 + rp.quarter) / 12.0
				             * (array[1.2, 1.0, 0.85, 0.6, 0.3])[(t.position % 5) + 1], 2)
				from report r join task t on t.id = r.task_id join task_target tt on tt.task_id = t.id
				join reporting_period rp on rp.id = r.period_id
				join plan p on p.id = t.plan_id where p.title like '基准区%'""");
		jdbc.update("""
				insert into account (username, display_name, password_hash, role, region_id, unit_id, liaison_position,
				                     password_changed_at, must_change_password)
				values ('province-leader', '省级领导', ?, 'LEADER', ?, null, null, now(), false),
				       ('city-leader', '市级领导', ?, 'LEADER', (select id from region where name = '基准市1'), null, null,
				        now(), false),
				       ('district-leader', '区领导', ?, 'LEADER', (select id from region where name = '基准区001'), null,
				        null, now(), false),
				       ('district-office', '区老龄办', ?, 'OFFICE', (select id from region where name = '基准区001'), null,
				        null, now(), false)""", passwordHash, province, passwordHash, passwordHash, passwordHash);
		jdbc.execute("analyze");
	}

	public static String counts(JdbcTemplate jdbc) {
		return Stream.of("region", "unit", "plan", "task", "reporting_period", "report", "report_figure", "account")
			.map((table) -> table + " " + jdbc.queryForObject("select count(*) from " + table, Long.class))
			.collect(Collectors.joining(", "));
	}

}
