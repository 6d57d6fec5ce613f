package cn.laoling.ledger.web.report;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.laoling.ledger.web.bench.BenchApplication;
import cn.laoling.ledger.web.bench.BenchSession;

/**
 * The quarter-end rush: 200 liaison sessions, each logged in with its own session,
 * opening the report form of one of its unit's tasks and submitting it, concurrently,
 * against a PostgreSQL holding 20,000 tasks and 500,000 earlier reports. Goal on 2 cores:
 * at least 200 submissions/s, p95 under 100 ms, none lost. Not a test: run it by hand as
 * docs/benchmarks.md says and record the figures there.
 * <p>
 * The application runs in this JVM on its embedded PostgreSQL (a fresh database under
 * {@code target/quarter-end-db}); the load driver shares the machine's two cores with it.
 */
public final class QuarterEndBenchmark {

	private static final int SESSIONS = 200;

	private static final int PLANS = 100;

	private static final int TASKS_PER_PLAN = 200;

	/** Quarters reported before the benchmark's: 2020 Q1 to 2026 Q1. */
	private static final int EARLIER_QUARTERS = 25;

	private static final int SUBMISSIONS_PER_SESSION = Integer.getInteger("submissions", 25);

	private static final int WARM_UP_PER_SESSION = Integer.getInteger("warmup", 10);

	private static final int RUNS = 3;

	/** Submissions per second offered by all sessions together. */
	private static final int RATE = Integer.getInteger("rate", 200);

	/**
	 * Office and leader sessions reading the ledger and overview of the plans submitted
	 * to while the submissions run (half each): the mixed benchmark.
	 */
	private static final int READERS = Integer.getInteger("readers", 0);

	/** How often each reader asks for a page, in milliseconds. */
	private static final int READER_PACE = Integer.getInteger("readerPace", 500);

	/**
	 * Instead of the rush: one liaison opens and submits this many forms one after the
	 * other, and the cost of each is printed (time and database transactions).
	 */
	private static final int PROBE = Integer.getInteger("probe", 0);

	/**
	 * With {@code -Dquotas=true} every task names a second department responsible, which
	 * holds a quota of 100 of its target (指标分解): every form and submission reads the
	 * task's split, and the lead unit's figure is the quota holder's.
	 */
	private static final boolean QUOTAS = Boolean.getBoolean("quotas");

	private static final String PASSWORD = "Bench-2026q4";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_formToken\" value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(-?\\d+)\"");

	private QuarterEndBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path directory = Path.of("target/quarter-end-db");
		ConfigurableApplicationContext app = BenchApplication.fresh(directory);
		try {
			int port = BenchApplication.port(app);
			JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
			String hash = app.getBean(PasswordEncoder.class).encode(PASSWORD);
			long started = System.nanoTime();
			Map<Integer, List<long[]>> work = seed(jdbc, hash);
			System.out.printf("seeded in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, counts(jdbc));
			run(port, jdbc, work);
		}
		finally {
			app.close();
		}
	}

	/**
	 * 200 departments of one city, each with a liaison; 100 district plans of 200 tasks
	 * for 2020-2026, each task led by one department with one quantitative target; every
	 * task's 25 earlier quarters reported and accepted.
	 * @return for each liaison (by number), its tasks as (task id, current period id)
	 */
	private static Map<Integer, List<long[]>> seed(JdbcTemplate jdbc, String hash) {
		long region = jdbc.queryForObject("insert into region (name) values ('基准市') returning id", Long.class);
		jdbc.update("""
				insert into unit (region_id, name, kind)
				select ?, '基准单位' || lpad(n::text, 3, '0'), 'DEPARTMENT' from generate_series(1, ?) n""", region,
				SESSIONS);
		jdbc.update("""
				insert into account (username, display_name, password_hash, role, region_id, unit_id, liaison_position,
				                     password_changed_at, must_change_password)
				select 'bench' || lpad(n::text, 3, '0'), '基准联络员' || n, ?, 'LIAISON', ?, u.id, 'PRIMARY', now(), false
				from generate_series(1, ?) n
				join unit u on u.region_id = ? and u.name = '基准单位' || lpad(n::text, 3, '0')""", hash, region, SESSIONS,
				region);
		jdbc.update("""
				insert into plan (region_id, title, period_start, period_end, status)
				select ?, '基准区' || n || '老龄工作推进方案（2020-2026年）', date '2020-01-01', date '2026-12-31', 'IN_FORCE'
				from generate_series(1, ?) n""", region, PLANS);
		jdbc.update("""
				insert into reporting_period (plan_id, year, quarter, due_date, state)
				select p.id, extract(year from q)::integer, extract(quarter from q)::integer,
				       (q + interval '2 months' + interval '24 days')::date, 'OPEN'
				from plan p
				cross join lateral generate_series(date_trunc('quarter', p.period_start), p.period_end,
				                                   interval '3 months') q
				where p.region_id = ?""", region);
		jdbc.update("""
				insert into task (plan_id, number, position, text, status)
				select p.id, k::text, k, '建设老年助餐点，完善居家养老服务网络（基准任务' || k || '）', 'IN_PROGRESS'
				from plan p cross join generate_series(1, ?) k where p.region_id = ?""", TASKS_PER_PLAN, region);
		jdbc.update("""
				insert into task_lead_unit (task_id, position, unit_id)
				select t.id, 0, u.id
				from task t join plan p on p.id = t.plan_id
				join unit u on u.region_id = p.region_id
				 and u.name = '基准单位' || lpad((((t.plan_id * ? + t.position) % ?) + 1)::text, 3, '0')
				where p.region_id = ?""", TASKS_PER_PLAN, SESSIONS, region);
		if (QUOTAS) {
			jdbc.update("""
					insert into task_responsible_unit (task_id, position, unit_id)
					select t.id, 0, u.id
					from task t join plan p on p.id = t.plan_id
					join unit u on u.region_id = p.region_id
					 and u.name = '基准单位' || lpad((((t.plan_id * ? + t.position + 1) % ?) + 1)::text, 3, '0')
					where p.region_id = ?""", TASKS_PER_PLAN, SESSIONS, region);
			jdbc.update("""
					insert into target_quota (task_id, target_position, unit_id, position, amount)
					select r.task_id, 0, r.unit_id, 0, 100
					from task_responsible_unit r join task t on t.id = r.task_id join plan p on p.id = t.plan_id
					where p.region_id = ?""", region);
		}
		jdbc.update("""
				insert into task_target (task_id, position, value_low, measure, counted, comparator, recurrence)
				select t.id, 0, 1000, '个', '老年助餐点', 'AT_LEAST', 'ONCE'
				from task t join plan p on p.id = t.plan_id where p.region_id = ?""", region);
		jdbc.update("""
				insert into task_deadline (task_id, position, due_date, wording, implied)
				select t.id, 0, date '2026-12-31', '到2026年底', false
				from task t join plan p on p.id = t.plan_id where p.region_id = ?""", region);
		jdbc.update("""
				insert into report (task_id, period_id, unit_id, kind, progress, status, state, submitted_at)
				select t.id, rp.id, l.unit_id, 'CONSOLIDATED', '本季度新建助餐点' || (rp.year * 4 + rp.quarter) % 7 || '个',
				       'IN_PROGRESS', 'ACCEPTED', make_date(rp.year, rp.quarter * 3, 20)::timestamptz
				from task t
				join plan p on p.id = t.plan_id
				join task_lead_unit l on l.task_id = t.id
				join reporting_period rp on rp.plan_id = p.id
				 and (rp.year - 2020) * 4 + rp.quarter <= ?
				where p.region_id = ?""", EARLIER_QUARTERS, region);
		jdbc.update("""
				insert into report_figure (report_id, position, given, value)
				select r.id, 0, true, ((rp.year - 2020) * 4 + rp.quarter) * 10
				from report r join reporting_period rp on rp.id = r.period_id
				join plan p on p.id = rp.plan_id where p.region_id = ?""", region);
		jdbc.update("""
				insert into report_event (report_id, kind, at, actor, progress, status, figures)
				select r.id, 'ACCEPTED', r.submitted_at + interval '2 days', 'office', r.progress, r.status,
				       f.value::text || ',,'
				from report r join report_figure f on f.report_id = r.id
				join reporting_period rp on rp.id = r.period_id
				join plan p on p.id = rp.plan_id where p.region_id = ?""", region);
		jdbc.update("""
				insert into account (username, display_name, password_hash, role, region_id, password_changed_at,
				                     must_change_password)
				select 'reader' || n, '基准读者' || n, ?, case when n % 2 = 0 then 'OFFICE' else 'LEADER' end, ?, now(),
				       false
				from generate_series(1, ?) n""", hash, region, READERS);
		jdbc.execute("analyze");
		Map<Integer, List<long[]>> work = new LinkedHashMap<>();
		jdbc.query("""
				select a.username, t.id as task_id, rp.id as period_id
				from account a
				join task_lead_unit l on l.unit_id = a.unit_id
				join task t on t.id = l.task_id
				join reporting_period rp on rp.plan_id = t.plan_id and rp.year = ? and rp.quarter = ?
				where a.username like 'bench%'
				order by a.username, t.id""", (row) -> {
			int liaison = Integer.parseInt(row.getString("username").substring(5));
			work.computeIfAbsent(liaison, (k) -> new ArrayList<>())
				.add(new long[] { row.getLong("task_id"), row.getLong("period_id") });
		}, LocalDate.now().getYear(), (LocalDate.now().getMonthValue() + 2) / 3);
		return work;
	}

	private static String counts(JdbcTemplate jdbc) {
		return Stream.of("task", "report", "report_figure", "report_event", "account")
			.map((table) -> table + " " + jdbc.queryForObject("select count(*) from " + table, Long.class))
			.collect(Collectors.joining(", "));
	}

	private static void run(int port, JdbcTemplate jdbc, Map<Integer, List<long[]>> work) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String base = "http://127.0.0.1:" + port;
		List<Session> sessions = new ArrayList<>();
		for (int i = 1; i <= SESSIONS; i++) {
			sessions.add(Session.login(client, base, "bench" + String.format("%03d", i)));
		}
		List<BenchSession> readers = new ArrayList<>();
		for (int i = 1; i <= READERS; i++) {
			readers.add(BenchSession.login(client, base, "reader" + i, PASSWORD));
		}
		List<Long> plans = jdbc.queryForList("select id from plan where title like '基准区%' order by id", Long.class);
		if (PROBE > 0) {
			probe(sessions.get(0), work.get(1), jdbc);
			return;
		}
		long before = jdbc.queryForObject("select count(*) from report where state = 'SUBMITTED'", Long.class);
		// a warm-up round, then the measured one
		round(sessions, readers, plans, work, 0, WARM_UP_PER_SESSION, "warm-up");
		int answered = WARM_UP_PER_SESSION * SESSIONS;
		for (int run = 0; run < RUNS; run++) {
			answered += round(sessions, readers, plans, work, WARM_UP_PER_SESSION + (run * SUBMISSIONS_PER_SESSION),
					SUBMISSIONS_PER_SESSION, "run " + (run + 1))
				.ok();
		}
		long submitted = jdbc.queryForObject("select count(*) from report where state = 'SUBMITTED'", Long.class)
				- before;
		long events = jdbc.queryForObject("select count(*) from report_event where kind = 'SUBMITTED'", Long.class);
		System.out.printf("reports submitted in the database: %d (answered 302: %d); submission events: %d%n",
				submitted, answered, events);
	}

	/**
	 * Every session first opens its forms (as liaisons do while they write), then submits
	 * them on a schedule: together the sessions offer {@link #RATE} submissions a second,
	 * each session its own share, staggered. A submission's time counts from when it was
	 * due to be sent, so that a server falling behind shows in the latencies.
	 */
	private static Result round(List<Session> sessions, List<BenchSession> readers, List<Long> plans,
			Map<Integer, List<long[]>> work, int from, int count, String name) throws InterruptedException {
		ConcurrentLinkedQueue<Long> submits = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> forms = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		AtomicInteger ok = new AtomicInteger();
		List<List<Map<String, String>>> opened = new ArrayList<>();
		sessions.forEach((s) -> opened.add(new ArrayList<>()));
		double opening = concurrently(sessions.size(), (i) -> {
			for (long[] task : work.get(i + 1).subList(from, from + count)) {
				Map<String, String> form = sessions.get(i).open(task[0], task[1], forms, failures);
				if (form != null) {
					opened.get(i).add(form);
				}
			}
		}, failures);
		long interval = Math.round(sessions.size() * 1e9 / RATE);
		long origin = System.nanoTime() + 1_000_000_000L;
		ConcurrentLinkedQueue<Long> ledgers = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> overviews = new ConcurrentLinkedQueue<>();
		AtomicBoolean submitting = new java.util.concurrent.atomic.AtomicBoolean(true);
		List<Thread> reading = new ArrayList<>();
		for (int r = 0; r < readers.size(); r++) {
			int reader = r;
			Thread thread = new Thread(
					() -> read(readers.get(reader), reader, plans, origin, submitting, ledgers, overviews, failures));
			thread.start();
			reading.add(thread);
		}
		double seconds = concurrently(sessions.size(), (i) -> {
			List<Map<String, String>> mine = opened.get(i);
			for (int k = 0; k < mine.size(); k++) {
				long due = origin + (i * interval / sessions.size()) + (k * interval);
				long wait = due - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
				sessions.get(i).submit(mine.get(k), due, submits, failures, ok);
			}
		}, failures) - 1.0;
		submitting.set(false);
		for (Thread thread : reading) {
			thread.join();
		}
		long[] submit = submits.stream().mapToLong(Long::longValue).sorted().toArray();
		long[] form = forms.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out
			.printf("%s: %d sessions opened %d forms in %.1f s (%.0f pages/s; p50 %.1f ms, p95 %.1f ms), then, offered "
					+ "%d/s, submitted %d in %.1f s = %.0f submissions/s; submit p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
					+ "max %.1f ms; failures %d%n", name, sessions.size(), form.length, opening, form.length / opening,
					ms(form, 0.50), ms(form, 0.95), RATE, ok.get(), seconds, ok.get() / seconds, ms(submit, 0.50),
					ms(submit, 0.95), ms(submit, 0.99), ms(submit, 1.0), failures.size());
		if (!readers.isEmpty()) {
			long[] ledger = ledgers.stream().mapToLong(Long::longValue).sorted().toArray();
			long[] overview = overviews.stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf(
					"  %d readers meanwhile: ledger (200 tasks) %d pages, p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
							+ "overview of one plan %d pages, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
					readers.size(), ledger.length, ms(ledger, 0.50), ms(ledger, 0.95), ms(ledger, 1.0), overview.length,
					ms(overview, 0.50), ms(overview, 0.95), ms(overview, 1.0));
		}
		failures.stream().limit(5).forEach((f) -> System.out.println("  failure: " + f));
		return new Result(ok.get());
	}

	/**
	 * One office or leader session reading, every {@link #READER_PACE} ms on a schedule,
	 * the ledger page and the overview of the plans being submitted to in turn, until the
	 * submissions end; a page's time counts from when it was due.
	 */
	private static void read(BenchSession reader, int number, List<Long> plans, long origin, AtomicBoolean submitting,
			ConcurrentLinkedQueue<Long> ledgers, ConcurrentLinkedQueue<Long> overviews,
			ConcurrentLinkedQueue<String> failures) {
		long pace = READER_PACE * 1_000_000L;
		long due = origin + (number * pace / Math.max(1, READERS));
		for (int k = 0; submitting.get(); k++, due += pace) {
			long wait = due - System.nanoTime();
			try {
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
				long plan = plans.get((number * 13 + k / 2) % plans.size());
				boolean ledger = (k % 2 == 0);
				String url = ledger ? "/plans/" + plan : "/overview?plan=" + plan;
				HttpResponse<String> page = reader.get(url);
				(ledger ? ledgers : overviews).add(System.nanoTime() - due);
				if (page.statusCode() != 200) {
					failures.add("GET " + url + " " + page.statusCode());
				}
			}
			catch (IOException | InterruptedException ex) {
				failures.add(ex.toString());
				return;
			}
		}
	}

	/**
	 * One liaison alone: the time and the database transactions (each statement outside a
	 * transaction counts as one) of opening a form and of submitting it, twice over (the
	 * first half warms up).
	 */
	private static void probe(Session session, List<long[]> tasks, JdbcTemplate jdbc) throws Exception {
		if (Boolean.getBoolean("explain")) {
			long unit = jdbc.queryForObject("select unit_id from account where username = 'bench001'", Long.class);
			for (String sql : List.of("""
					select t.id from task t
					where exists (select 1 from task l join task_lead_unit u on u.task_id = l.id
					              where l.id = t.id and u.unit_id in (%1$d))
					   or exists (select 1 from task r join task_responsible_unit u on u.task_id = r.id
					              where r.id = t.id and u.unit_id in (%1$d))
					order by t.plan_id, t.position, t.id""", """
					select task_id from task_lead_unit where unit_id = any(array[%1$d]::bigint[])
					union select task_id from task_responsible_unit where unit_id = any(array[%1$d]::bigint[])""")) {
				jdbc.queryForList("explain (analyze, buffers) " + sql.formatted(unit), String.class)
					.forEach(System.out::println);
			}
		}
		for (int half = 0; half < 2; half++) {
			List<long[]> mine = tasks.subList(half * PROBE / 2, (half + 1) * PROBE / 2);
			ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
			ConcurrentLinkedQueue<Long> forms = new ConcurrentLinkedQueue<>();
			ConcurrentLinkedQueue<Long> submits = new ConcurrentLinkedQueue<>();
			List<Map<String, String>> opened = new ArrayList<>();
			long transactions = transactions(jdbc);
			for (long[] task : mine) {
				opened.add(session.open(task[0], task[1], forms, failures));
			}
			long formTransactions = transactions(jdbc) - transactions;
			transactions = transactions(jdbc);
			AtomicInteger ok = new AtomicInteger();
			for (Map<String, String> form : opened) {
				session.submit(form, System.nanoTime(), submits, failures, ok);
			}
			long submitTransactions = transactions(jdbc) - transactions;
			long[] form = forms.stream().mapToLong(Long::longValue).sorted().toArray();
			long[] submit = submits.stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf(
					"probe %d: a form p50 %.1f ms, %.1f transactions; a submission p50 %.1f ms, %.1f "
							+ "transactions; failures %d%n",
					half + 1, ms(form, 0.5), formTransactions / (double) mine.size(), ms(submit, 0.5),
					submitTransactions / (double) mine.size(), failures.size());
		}
		if (Boolean.getBoolean("explain")) {
			String ids = jdbc.queryForObject("""
					select array_agg(r.id)::text from report r join account a on a.unit_id = r.unit_id
					where a.username = 'bench001' and r.state = 'SUBMITTED'""", String.class);
			for (String variant : List.of(
					"select * from report_figure where report_id = any('" + ids
							+ "'::bigint[]) order by report_id, position",
					"select f.* from unnest('" + ids
							+ "'::bigint[]) as r(id) join report_figure f on f.report_id = r.id",
					"select * from report_figure where report_id = any('" + ids + "'::bigint[])")) {
				for (int i = 0; i < 3; i++) {
					long started = System.nanoTime();
					int rows = jdbc.queryForList(variant).size();
					System.out.printf("%s: %d rows in %.1f ms%n", variant.substring(0, 40), rows,
							(System.nanoTime() - started) / 1e6);
				}
			}
			for (int i = 0; i < 3; i++) {
				long started = System.nanoTime();
				int rows = jdbc.queryForList("""
						select f.report_id, f.position, f.given, f.value, f.numerator, f.denominator
						from unnest(?::bigint[]) as r(id) join report_figure f on f.report_id = r.id
						order by f.report_id, f.position""", ids).size();
				System.out.printf("figures of the unit's reports, as the application asks: %d rows in %.1f ms%n", rows,
						(System.nanoTime() - started) / 1e6);
			}
			String unit = jdbc.queryForObject("select unit_id::text from account where username = 'bench001'",
					String.class);
			jdbc.queryForList("explain (analyze, buffers) select r.* from report r where r.unit_id = " + unit
					+ " and r.state = 'SUBMITTED' order by r.id", String.class)
				.forEach(System.out::println);
		}
	}

	/**
	 * Transactions committed in the database so far (the probe's own two reads included).
	 */
	private static long transactions(JdbcTemplate jdbc) throws InterruptedException {
		// the statistics collector reports at most every half second
		Thread.sleep(700);
		jdbc.execute("select pg_stat_clear_snapshot()");
		return jdbc.queryForObject(
				"select xact_commit + xact_rollback from pg_stat_database where datname = current_database()",
				Long.class);
	}

	/** Runs the work of every session in a thread of its own, all released at once. */
	private static double concurrently(int sessions, SessionWork work, ConcurrentLinkedQueue<String> failures)
			throws InterruptedException {
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(sessions);
		for (int i = 0; i < sessions; i++) {
			int session = i;
			new Thread(() -> {
				try {
					start.await();
					work.run(session);
				}
				catch (Exception ex) {
					failures.add(ex.toString());
				}
				finally {
					done.countDown();
				}
			}).start();
		}
		long started = System.nanoTime();
		start.countDown();
		done.await();
		return (System.nanoTime() - started) / 1e9;
	}

	private interface SessionWork {

		void run(int session) throws Exception;

	}

	private static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	private record Result(int ok) {
	}

	/** One liaison's browser: its session cookie and the forms it fills. */
	private static final class Session {

		private final BenchSession http;

		private Session(BenchSession http) {
			this.http = http;
		}

		static Session login(HttpClient client, String base, String username) throws IOException, InterruptedException {
			return new Session(BenchSession.login(client, base, username, PASSWORD));
		}

		/** Opens the report form: its fields as the browser would send them back. */
		Map<String, String> open(long task, long period, ConcurrentLinkedQueue<Long> forms,
				ConcurrentLinkedQueue<String> failures) throws IOException, InterruptedException {
			String url = "/tasks/" + task + "/reports/" + period;
			long opened = System.nanoTime();
			HttpResponse<String> page = this.http.get(url);
			forms.add(System.nanoTime() - opened);
			if (page.statusCode() != 200) {
				failures.add("GET " + url + " " + page.statusCode());
				return null;
			}
			String rest = page.body().substring(page.body().indexOf("id=\"report-form\""));
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("url", url);
			fields.put("_csrf", BenchSession.find(CSRF, rest));
			fields.put("_formToken", BenchSession.find(FORM_TOKEN, rest));
			fields.put("version", BenchSession.find(VERSION, rest));
			fields.put("action", "submit");
			fields.put("progress", "本季度新建老年助餐点5个，累计建成300个，覆盖全部街道。");
			fields.put("figures[0].value", "300");
			fields.put("status", "IN_PROGRESS");
			fields.put("problems", "部分社区场地不足。");
			fields.put("nextSteps", "继续推进农村牧区助餐点建设。");
			return fields;
		}

		void submit(Map<String, String> fields, long due, ConcurrentLinkedQueue<Long> submits,
				ConcurrentLinkedQueue<String> failures, AtomicInteger ok) throws IOException, InterruptedException {
			Map<String, String> body = new LinkedHashMap<>(fields);
			String url = body.remove("url");
			HttpResponse<String> answer = this.http.post(url, BenchSession.form(body));
			submits.add(System.nanoTime() - due);
			if (answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").endsWith("/reports")) {
				ok.incrementAndGet();
			}
			else {
				failures.add("POST " + url + " " + answer.statusCode() + " "
						+ answer.headers().firstValue("Location").orElse(""));
			}
		}

	}

}
