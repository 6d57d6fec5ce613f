package cn.laoling.ledger.web.bench;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import cn.laoling.ledger.LedgerApplication;

/**
 * The leaders' overview and the ledger at a province's scale ({@link ProvinceData}), over
 * HTTP with 8 concurrent users on this machine: the overview of one plan and of every
 * plan, the ledger page of a 50-task plan, and the export of 10,000 tasks.
 * <p>
 * Run as {@code QuarterEndBenchmark} is (docs/benchmarks.md), with the main class
 * {@code cn.laoling.ledger.web.bench.OverviewBenchmark}. The database is kept in
 * {@code target/province-db} and seeded once; {@code -Dreseed=true} starts afresh;
 * {@code -DonePlan}, {@code -DallPlans}, {@code -Dledger} set the numbers of requests.
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
					"logging.level.root=WARN", "logging.level.cn.laoling=WARN", "ledger.reminders.cron=-")
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
			if (Boolean.getBoolean("explain")) {
				explain(jdbc, plan);
			}
			String base = "http://localhost:" + port;
			HttpClient client = HttpClient.newHttpClient();
			measure("one-plan overview (200 tasks)", client, base, "district-leader", "/overview?plan=" + plan,
					Integer.getInteger("onePlan", 400));
			measure("all-plans overview (20,050 tasks)", client, base, "province-leader", "/overview",
					Integer.getInteger("allPlans", 40));
			measure("ledger page of a 50-task plan", client, base, "district-office", "/plans/" + small,
					Integer.getInteger("ledger", 2000));
			if (!Boolean.getBoolean("skipExport")) {
				export(client, base);
			}
		}
		finally {
			app.close();
		}
	}

	/** Warms up with a fifth of the requests, then measures the rest, 8 users at once. */
	private static void measure(String what, HttpClient client, String base, String user, String path, int requests)
			throws Exception {
		if (requests == 0) {
			return;
		}
		List<BenchSession> sessions = new ArrayList<>();
		for (int i = 0; i < USERS; i++) {
			sessions.add(BenchSession.login(client, base, user, PASSWORD));
		}
		run(sessions, path, Math.max(USERS, requests / 5));
		ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
		long started = System.nanoTime();
		run(sessions, path, requests, times);
		double seconds = (System.nanoTime() - started) / 1e9;
		long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("%s: %d requests by %d users in %.1f s = %.0f/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
				what, sorted.length, USERS, seconds, sorted.length / seconds, ms(sorted, 0.50), ms(sorted, 0.95),
				ms(sorted, 0.99));
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
		System.out.println("EXPLAIN ANALYZE, latest accepted report of each task of a 200-task plan:");
		jdbc.queryForList("""
				explain (analyze, buffers, costs off)
				select distinct on (r.task_id) r.id from report r join reporting_period p on p.id = r.period_id
				where r.task_id in (select id from task where plan_id = ?) and r.kind = 'CONSOLIDATED'
				and r.state = 'ACCEPTED' and (p.year < 2026 or (p.year = 2026 and p.quarter <= 4))
				order by r.task_id, p.year desc, p.quarter desc""", String.class, plan).forEach(System.out::println);
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
		Arrays.sort(times);
		System.out.printf("export of 10,000 tasks (%d KB): median %.2f s, slowest %.2f s of %d%n", size / 1024,
				times[2] / 1e9, times[4] / 1e9, times.length);
	}

	private static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

}
