package cn.laoling.ledger.web.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Media;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.laoling.ledger.LedgerApplication;
import cn.laoling.ledger.web.overview.StandingService;

/**
 * The leaders' overview and the ledger at a province's scale ({@link ProvinceData}), over
 * HTTP with 8 concurrent users on this machine: the overview of one plan and of every
 * plan, the ledger page of a 50-task plan, and the export of 10,000 tasks.
 * <p>
 * Run as {@code QuarterEndBenchmark} is (docs/benchmarks.md), with the main class
 * {@code cn.laoling.ledger.web.bench.OverviewBenchmark}. The database is kept in
 * {@code target/province-db} and seeded once; {@code -Dreseed=true} starts afresh;
 * {@code -DonePlan}, {@code -DallPlans}, {@code -Dledger}, {@code -Dsearch} set the
 * numbers of requests.
 */
public final class OverviewBenchmark {

	private static final String PASSWORD = "Bench-2026q4";

	private static final int USERS = 8;

	private OverviewBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path directory = Path.of("target/province-db");
		boolean seeded = Files.exists(directory) && !Boolean.getBoolean("reseed");
		if (!seeded && Files.exists(directory)) {
			try (var paths = Files.walk(directory)) {
				for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		ConfigurableApplicationContext app = new SpringApplicationBuilder(LedgerApplication.class)
			.properties("server.port=0", "ledger.embedded-db.directory=" + directory, "ledger.embedded-db.port=54329",
					"logging.level.root=WARN", "logging.level.cn.laoling=WARN", "ledger.reminders.cron=-",
					"ledger.standings.cron=-")
			.run();
		try {
			int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
			if (jdbc.queryForObject("select count(*) from region where name = '基准省'", Integer.class) == 0) {
				long started = System.nanoTime();
				ProvinceData.seed(jdbc, app.getBean(PasswordEncoder.class).encode(PASSWORD));
				System.out.printf("seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
			}
			System.out.println(ProvinceData.counts(jdbc));
			long plan = jdbc.queryForObject("select id from plan where title like '基准区001老龄工作推进方案%'", Long.class);
			long small = jdbc.queryForObject("select id from plan where title like '基准区001老龄友好型社区%'", Long.class);
			long judging = System.nanoTime();
			int judged = app.getBean(StandingService.class).refreshInForce(LocalDate.now(app.getBean(Clock.class)));
			System.out.printf("the daily job judged %d plans again in %.1f s%n", judged,
					(System.nanoTime() - judging) / 1e9);
			if (Boolean.getBoolean("explain")) {
				explain(jdbc, plan);
			}
			String base = "http://localhost:" + port;
			HttpClient client = HttpClient.newHttpClient();
			measure(jdbc, "one-plan overview (200 tasks)", client, base, "district-leader", "/overview?plan=" + plan,
					Integer.getInteger("onePlan", 400));
			measure(jdbc, "all-plans overview (20,050 tasks)", client, base, "province-leader", "/overview",
					Integer.getInteger("allPlans", 40));
			measure(jdbc, "ledger page of a 50-task plan", client, base, "district-office", "/plans/" + small,
					Integer.getInteger("ledger", 2000));
			measure(jdbc, "ledger page of a 50-task plan searched (rendered afresh, never kept)", client, base,
					"district-office", "/plans/" + small + "?q=" + URLEncoder.encode("助餐", StandardCharsets.UTF_8),
					Integer.getInteger("search", 500));
			if (!Boolean.getBoolean("skipExport")) {
				export(client, base);
			}
			if (Boolean.getBoolean("print")) {
				print(base, Map.of("one-plan", "/overview?plan=" + plan, "all-plans", "/overview"));
			}
		}
		finally {
			app.close();
		}
	}

	/** Warms up with a fifth of the requests, then measures the rest, 8 users at once. */
	private static void measure(JdbcTemplate jdbc, String what, HttpClient client, String base, String user,
			String path, int requests) throws Exception {
		if (requests == 0) {
			return;
		}
		List<BenchSession> sessions = new ArrayList<>();
		for (int i = 0; i < USERS; i++) {
			sessions.add(BenchSession.login(client, base, user, PASSWORD));
		}
		run(sessions, path, Math.max(USERS, requests / 5));
		System.out.printf("%s: %,d bytes%n", what,
				sessions.get(0).get(path).body().getBytes(StandardCharsets.UTF_8).length);
		ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
		Map<String, long[]> scansBefore = scans(jdbc);
		long started = System.nanoTime();
		run(sessions, path, requests, times);
		printScans(scansBefore, scans(jdbc), requests);
		double seconds = (System.nanoTime() - started) / 1e9;
		long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("%s: %d requests by %d users in %.1f s = %.0f/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
				what, sorted.length, USERS, seconds, sorted.length / seconds, ms(sorted, 0.50), ms(sorted, 0.95),
				ms(sorted, 0.99));
	}

	/** Rows read per table, by sequential scan and by index, so far. */
	private static Map<String, long[]> scans(JdbcTemplate jdbc) {
		Map<String, long[]> scans = new TreeMap<>();
		jdbc.query("select relname, seq_scan, seq_tup_read, coalesce(idx_tup_fetch, 0) from pg_stat_user_tables",
				(RowCallbackHandler) (rs) -> scans.put(rs.getString(1),
						new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) }));
		return scans;
	}

	/**
	 * The tables a request read, with the rows per request (statistics lag by up to a
	 * second).
	 */
	private static void printScans(Map<String, long[]> before, Map<String, long[]> after, int requests)
			throws InterruptedException {
		Thread.sleep(1000);
		after.forEach((table, a) -> {
			long[] b = before.getOrDefault(table, new long[3]);
			double seq = (a[0] - b[0]) / (double) requests;
			double seqRows = (a[1] - b[1]) / (double) requests;
			double idxRows = (a[2] - b[2]) / (double) requests;
			if (seqRows + idxRows >= 1 || seq > 0.1) {
				System.out.printf("    %-28s %5.1f seq scans %9.0f rows, %7.0f rows by index per request%n", table, seq,
						seqRows, idxRows);
			}
		});
	}

	private static void run(List<BenchSession> sessions, String path, int requests) throws Exception {
		run(sessions, path, requests, new ConcurrentLinkedQueue<>());
	}

	private static void run(List<BenchSession> sessions, String path, int requests, ConcurrentLinkedQueue<Long> times)
			throws Exception {
		AtomicInteger left = new AtomicInteger(requests);
		ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
		try {
			List<Future<?>> done = new ArrayList<>();
			for (BenchSession session : sessions) {
				done.add(pool.submit(() -> {
					while (left.getAndDecrement() > 0) {
						long started = System.nanoTime();
						var page = session.get(path);
						times.add(System.nanoTime() - started);
						if (page.statusCode() != 200) {
							throw new IllegalStateException(path + " answered " + page.statusCode());
						}
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * The plan of the query each ledger row and overview task is judged by: its latest
	 * report.
	 */
	private static void explain(JdbcTemplate jdbc, long plan) {
		String plans = "'{" + plan + "}'";
		String all = "(select array_agg(id) from plan where status = 'IN_FORCE')";
		explain(jdbc, "stale plans, one plan", """
				select p.id from unnest(%s::bigint[]) as p (id)
				where not exists (select 1 from plan_standing s where s.plan_id = p.id and s.as_of = current_date
				    and s.rules = '10/30/10')
				   or exists (select 1 from standing_change c where c.plan_id = p.id)""".formatted(plans));
		explain(jdbc, "current and its generation, one plan (every overview and ledger request)",
				"""
						with p (id) as (select unnest(%s::bigint[]))
						select case when exists (select 1 from p
						        where not exists (select 1 from plan_standing s where s.plan_id = p.id and s.as_of = current_date
						            and s.rules = '10/30/10')
						           or exists (select 1 from standing_change c where c.plan_id = p.id))
						    then null
						    else (select coalesce(max(s.generation), 0) from plan_standing s join p on p.id = s.plan_id) end"""
					.formatted(plans));
		explain(jdbc, "plan head (every ledger request)",
				"select id, region_id, title, status, period_start, period_end, version from plan where id = " + plan);
		for (String scope : List.of(plans, all)) {
			String name = scope.equals(plans) ? "one plan" : "all plans";
			explain(jdbc, "kept targets, " + name, """
					select t.task_id, t.measure, t.counted, t.goal, t.expected, t.actual
					from task_standing_target t join task_standing s on s.task_id = t.task_id
					where t.plan_id = any(%s::bigint[]) order by t.task_id, t.ordinal""".formatted(scope));
			explain(jdbc, "kept states, " + name, """
					select s.task_id, s.plan_id, s.number, s.brief, s.lead_units, s.due_date, p.title, s.section,
					       s.light, s.standing, s.done, s.overdue, s.last_reported
					from task_standing s join plan p on p.id = s.plan_id
					where s.plan_id = any(%s::bigint[]) order by s.plan_id, s.position""".formatted(scope));
			explain(jdbc, "reports owed by unit, " + name, """
					select d.unit_id, count(*) as due, count(*) filter (where d.outcome = 1) as on_time,
					       count(*) filter (where d.outcome = 2) as late
					from task_standing_duty d join task_standing s on s.task_id = d.task_id
					where d.plan_id = any(%s::bigint[]) group by d.unit_id order by d.unit_id""".formatted(scope));
		}
		explain(jdbc, "latest accepted report of each task of a 200-task plan (the ledger)", """
				select distinct on (r.task_id) r.id from report r join reporting_period p on p.id = r.period_id
				where r.task_id in (select id from task where plan_id = %d) and r.kind = 'CONSOLIDATED'
				and r.state = 'ACCEPTED' and (p.year < 2026 or (p.year = 2026 and p.quarter <= 4))
				order by r.task_id, p.year desc, p.quarter desc""".formatted(plan));
	}

	private static void explain(JdbcTemplate jdbc, String what, String query) {
		System.out.println("EXPLAIN ANALYZE, " + what + ":");
		jdbc.queryForList("explain (analyze, buffers, costs off) " + query, String.class)
			.forEach((line) -> System.out.println("    " + line));
	}

	/** The city leader's export of every plan they see: 50 plans of 200 tasks. */
	private static void export(HttpClient client, String base) throws Exception {
		BenchSession session = BenchSession.login(client, base, "city-leader", PASSWORD);
		session.download("/plans/export");
		long[] times = new long[5];
		long size = 0;
		for (int i = 0; i < times.length; i++) {
			long started = System.nanoTime();
			long[] answer = session.download("/plans/export");
			times[i] = System.nanoTime() - started;
			size = answer[1];
			if (answer[0] != 200) {
				throw new IllegalStateException("export answered " + answer[0]);
			}
		}
		System.out.println("export times in order: "
				+ Arrays.stream(times).mapToObj((t) -> String.format("%.2f s", t / 1e9)).toList());
		Arrays.sort(times);
		System.out.printf("export of 10,000 tasks (%d KB): median %.2f s, slowest %.2f s of %d%n", size / 1024,
				times[2] / 1e9, times[4] / 1e9, times.length);
	}

	/**
	 * The overviews as chromium prints them on A4 for a meeting, kept with their HTML in
	 * {@code target/print}.
	 */
	private static void print(String base, Map<String, String> pages) throws IOException {
		Path directory = Files.createDirectories(Path.of("target/print"));
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu")));
			Page page = browser.newPage();
			page.navigate(base + "/login");
			page.fill("#username", "province-leader");
			page.fill("#password", PASSWORD);
			page.click("button[type=submit]");
			page.waitForURL("**/plans");
			for (Map.Entry<String, String> printed : new TreeMap<>(pages).entrySet()) {
				page.navigate(base + printed.getValue());
				page.waitForLoadState(LoadState.NETWORKIDLE);
				Files.writeString(directory.resolve(printed.getKey() + ".html"), page.content());
				page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
				page.setViewportSize(794, 1123);
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(directory.resolve(printed.getKey() + ".png")));
				byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4"));
				Files.write(directory.resolve(printed.getKey() + ".pdf"), pdf);
				try (PDDocument document = Loader.loadPDF(pdf)) {
					System.out.printf("%s overview printed on A4: %d page(s), %s%n", printed.getKey(),
							document.getNumberOfPages(), directory.resolve(printed.getKey() + ".pdf"));
				}
			}
		}
	}

	private static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

}
