package cn.laoling.ledger.web;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import cn.laoling.ledger.LedgerApplication;
import cn.laoling.ledger.persistence.testing.TestDatabase;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.bench.BenchSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one database, as behind a load balancer: whichever
 * instance a request reaches continues the user's session, honours a form once, finds an
 * import draft and shows the plan as it now stands; the daily job runs on one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeveralInstancesTest {

	private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_formToken\" value=\"([^\"]+)\"");

	private static ConfigurableApplicationContext second;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext first;

	@Autowired
	ScratchData scratch;

	@Autowired
	DemoLedger demo;

	@Autowired
	Units units;

	@Autowired
	Tasks tasks;

	@Autowired
	JdbcTemplate jdbc;

	/** The second instance: the same jar, the same database, its own port and memory. */
	@BeforeAll
	static void startTheSecondInstance() {
		TestDatabase database = TestDatabase.get();
		second = new SpringApplicationBuilder(LedgerApplication.class)
			.properties(Map.of("server.port", "0", "spring.datasource.url", database.url(),
					"spring.datasource.username", database.appRole(), "spring.datasource.password", "",
					"spring.flyway.user", database.owner(), "spring.flyway.password", "", "ledger.demo-data.enabled",
					"true", "ledger.reminders.cron", "-", "ledger.standings.cron", "-", "logging.level.root", "WARN"))
			.run();
	}

	@AfterAll
	static void stopTheSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	@Test
	void aSessionOpenedOnOneInstanceGoesOnOnTheOther() throws Exception {
		BenchSession one = BenchSession.login(this.http, base(this.port), "office", "Demo@2026");
		BenchSession two = one.at(base(secondPort()));

		HttpResponse<String> plans = two.get("/plans");

		assertThat(plans.statusCode()).isEqualTo(200);
		assertThat(plans.body()).contains(this.demo.account("office").displayName());
	}

	@Test
	void whatASessionHoldsIsSmall() throws Exception {
		BenchSession office = BenchSession.login(this.http, base(this.port), "office", "Demo@2026");
		for (String page : List.of("/plans", "/units", "/overview", "/plans/import")) {
			assertThat(office.get(page).statusCode()).isEqualTo(200);
		}

		Long largest = this.jdbc.queryForObject("select max(held) from (select sum(length(attribute_bytes)) as held"
				+ " from spring_session_attributes group by session_primary_id) as sessions", Long.class);

		assertThat(largest).as("bytes the largest session holds").isLessThan(8 * 1024);
	}

	@Test
	void pagesReadWithinAMinuteWriteNothingToTheirSession() throws Exception {
		BenchSession leader = BenchSession.login(this.http, base(this.port), "leader", "Demo@2026");
		String lastAccess = "select max(last_access_time) from spring_session where principal_name = 'leader'";
		Long before = this.jdbc.queryForObject(lastAccess, Long.class);

		for (int i = 0; i < 3; i++) {
			Thread.sleep(20);
			assertThat(leader.get("/plans").statusCode()).isEqualTo(200);
		}

		assertThat(this.jdbc.queryForObject(lastAccess, Long.class)).as("no commit of the session per page")
			.isEqualTo(before);
	}

	@Test
	void aFormIsCarriedOutOnceWhicheverInstanceEachSubmissionReaches() throws Exception {
		BenchSession one = BenchSession.login(this.http, base(this.port), "office", "Demo@2026");
		BenchSession two = one.at(base(secondPort()));
		String form = one.get("/units/new").body();
		String name = "两实例测试局" + UUID.randomUUID().toString().substring(0, 6);
		String body = BenchSession.form(Map.of("_csrf", BenchSession.find(BenchSession.CSRF, form), "_formToken",
				BenchSession.find(FORM_TOKEN, form), "name", name, "kind", "DEPARTMENT"));

		HttpResponse<String> firstTime = two.post("/units", body);
		HttpResponse<String> again = one.post("/units", body);

		assertThat(firstTime.statusCode()).isEqualTo(302);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location")).isEqualTo(firstTime.headers().firstValue("Location"));
		assertThat(this.units.findAllIn(List.of(this.demo.region("昆都仑区"))))
			.filteredOn((u) -> u.name().equals(new UnitName(name)))
			.hasSize(1);
	}

	@Test
	void aDraftReadOnOneInstanceIsPreviewedAndConfirmedOnTheOther() throws Exception {
		BenchSession one = BenchSession.login(this.http, base(this.port), "office", "Demo@2026");
		BenchSession two = one.at(base(secondPort()));
		String text = "昆区2026年老龄工作两实例方案\n一、重点任务\n1.新建老年助餐点12个（牵头单位：区民政局）\n2.开展老年人健康体检（牵头单位：区卫健委）\n";
		HttpResponse<String> read = one.post("/plans/import",
				BenchSession.form(Map.of("_csrf", one.csrf("/plans/import"), "text", text)));
		String draft = read.headers().firstValue("Location").orElseThrow();

		HttpResponse<String> preview = two.get(draft);

		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("新建老年助餐点12个", "开展老年人健康体检");
		BenchSession other = BenchSession.login(this.http, base(secondPort()), "lz-office", "Demo@2026");
		assertThat(other.get(draft).statusCode()).as("another account's draft").isEqualTo(404);
	}

	@Test
	void aPlanPageKeptOnOneInstanceFollowsAnEditMadeOnTheOther() throws Exception {
		ScratchData.NoticePlan seeded = this.scratch.noticePlan();
		String url = "/plans/" + seeded.plan().id().value();
		BenchSession onTwo = BenchSession.login(this.http, base(secondPort()), "office", "Demo@2026");
		assertThat(onTwo.get(url).body()).doesNotContain("extended-to");
		assertThat(onTwo.get(url).body()).as("kept").doesNotContain("extended-to");

		Task planning = this.tasks.find(TaskQuery.all(seeded.plan().id())).get(2);
		planning.extendTo(LocalDate.of(2099, 12, 31));
		this.tasks.save(planning);

		assertThat(onTwo.get(url).body()).as("the second instance's page after the edit on the first")
			.contains("extended-to");
	}

	@Test
	void theDailyRemindersRunOnOneInstanceWhenBothAreDue() throws Exception {
		Logger log = (Logger) LoggerFactory.getLogger("cn.laoling.ledger.web.reminder.ReminderJob");
		ListAppender<ILoggingEvent> runs = new ListAppender<>();
		runs.start();
		log.addAppender(runs);
		Level level = log.getLevel();
		log.setLevel(Level.INFO);
		try {
			// a run a minute ago (another test's) would hold the lock for both
			this.jdbc.update("update shedlock set lock_until = now() where name = 'daily-reminders'");
			CyclicBarrier together = new CyclicBarrier(2);
			CompletableFuture<?> a = CompletableFuture.runAsync(() -> runTheJob(this.first, together));
			CompletableFuture<?> b = CompletableFuture.runAsync(() -> runTheJob(second, together));
			CompletableFuture.allOf(a, b).join();
		}
		finally {
			log.detachAppender(runs);
			log.setLevel(level);
		}
		assertThat(runs.list).filteredOn((e) -> e.getFormattedMessage().startsWith("Reminders of")).hasSize(1);
	}

	private static void runTheJob(ApplicationContext instance, CyclicBarrier together) {
		try {
			together.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		ReflectionTestUtils.invokeMethod(instance.getBean("reminderJob"), "sendTheDaysReminders");
	}

	private static int secondPort() {
		return second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	private static String base(int port) {
		return "http://localhost:" + port;
	}

}
