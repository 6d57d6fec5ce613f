package cn.laoling.ledger.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.notice.Notice;
import cn.laoling.ledger.notice.NoticeState;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.web.reminder.ReminderService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The actuator as an operator meets it, over real HTTP on a management port of its own
 * (as in production), with an SMTP server configured that does not answer: the load
 * balancer's liveness and readiness and the overall health stay UP while the mail group
 * says the mail is down; Prometheus reads JVM, pool, Tomcat and the application's own
 * counters, which move when a report is submitted, a notice published and reminders sent;
 * {@code info} names the build; the users' port serves none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "spring.mail.host=127.0.0.1",
				"spring.mail.port=${ledger.test.dead-smtp-port}", "ledger.reminders.mail-from=laoling@example.gov.cn" })
@AutoConfigureMockMvc
class ManagementEndpointsTest {

	static {
		System.setProperty("ledger.test.dead-smtp-port", String.valueOf(portNobodyListensOn()));
	}

	@LocalManagementPort
	int managementPort;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	ReminderService reminders;

	@Autowired
	HealthEndpointGroups healthGroups;

	@Autowired
	BuildProperties build;

	@Autowired
	Clock clock;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void anSmtpServerThatDoesNotAnswerTakesNeitherLivenessNorReadinessNorHealthDown() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);

		assertUp(management("/actuator/health/liveness"));
		assertUp(management("/actuator/health/readiness"));
		assertUp(management("/actuator/health"));
		HttpResponse<String> mail = management("/actuator/health/mail");
		assertThat(mail.statusCode()).isEqualTo(503);
		assertThat(mail.body()).contains("MAIL_DOWN");
	}

	@Test
	void readinessIsTheDatabaseAndNotTheMail() {
		assertThat(this.healthGroups.get("readiness").isMember("db")).isTrue();
		assertThat(this.healthGroups.get("readiness").isMember("smtp")).isFalse();
		assertThat(this.healthGroups.get("liveness").isMember("db")).isFalse();
		assertThat(this.healthGroups.get("liveness").isMember("smtp")).isFalse();
	}

	@Test
	void prometheusReadsTheJvmThePoolTomcatAndTheApplicationsCountersButNoRequests() throws Exception {
		HttpResponse<String> metrics = management("/actuator/prometheus");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active", "tomcat_sessions",
				"tomcat_threads_busy_threads", "ledger_reports_submitted_total", "ledger_notices_published_total",
				"ledger_reminders_sent_total");
		assertThat(metrics.body()).as("requests are not observed (management.observations.enable.all=false)")
			.doesNotContain("http_server_requests");
	}

	@Test
	void aSubmissionCountsOnceCommittedAndARefusedOneDoesNot() throws Exception {
		Task task = this.scratch.task("区卫健委", "指标测试任务");
		String form = "/tasks/" + task.id().value() + "/reports/" + currentPeriod(task).id().value();
		double before = counter("ledger_reports_submitted_total");

		this.mvc.perform(as("wjw", post(form).param("action", "submit").param("version", "-1").param("progress", "")))
			.andExpect(status().isOk());
		assertThat(counter("ledger_reports_submitted_total")).as("an incomplete report is refused").isEqualTo(before);

		this.mvc
			.perform(as("wjw", post(form).param("action", "submit").param("version", "-1").param("progress", "已启动")))
			.andExpect(status().is3xxRedirection());
		assertThat(counter("ledger_reports_submitted_total")).isEqualTo(before + 1);
	}

	@Test
	void aPublishedNoticeCounts() throws Exception {
		Notice signed = this.scratch.notice(NoticeState.SIGNED);
		double before = counter("ledger_notices_published_total");

		this.mvc.perform(as("office", post("/notices/" + signed.id().value() + "/publish").param("version",
				String.valueOf(signed.version()))))
			.andExpect(status().is3xxRedirection());

		assertThat(counter("ledger_notices_published_total")).isEqualTo(before + 1);
	}

	@Test
	void eachUnitRemindedCountsOnceEvenWhenItsMailCannotLeave() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		this.scratch.taskDue(today.minusDays(1), "指标测试：逾期任务");
		double before = counter("ledger_reminders_sent_total");

		ReminderService.Run run = this.reminders.sendDue(today);

		assertThat(run.units()).isPositive();
		assertThat(counter("ledger_reminders_sent_total")).isEqualTo(before + run.units());
	}

	@Test
	void infoNamesTheBuildAndItsCommit() throws Exception {
		HttpResponse<String> info = management("/actuator/info");

		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(info.body()).contains("\"version\":\"" + this.build.getVersion() + "\"",
				"\"artifact\":\"plan-web\"");
		if (new ClassPathResource("git.properties").exists()) {
			assertThat(info.body()).contains("\"git\"", "\"commit\"");
		}
	}

	@Test
	void theUsersPortServesNeitherMetricsNorInfo() throws Exception {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/info" }) {
			HttpResponse<String> answer = this.http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
			assertThat(answer.body()).as(path).doesNotContain("jvm_", "plan-web");
		}
	}

	private ReportingPeriod currentPeriod(Task task) {
		Quarter now = Quarter.of(LocalDate.now(this.clock));
		return this.periods.forPlan(task.planId())
			.stream()
			.filter((p) -> p.quarter().equals(now))
			.findFirst()
			.orElseThrow();
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(this.demo.as(user)).with(csrf());
	}

	private HttpResponse<String> management(String path) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A counter's value as Prometheus reads it. */
	private double counter(String name) throws IOException, InterruptedException {
		Matcher value = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? (\\S+)$")
			.matcher(management("/actuator/prometheus").body());
		assertThat(value.find()).as(name).isTrue();
		return Double.parseDouble(value.group(2));
	}

	private static void assertUp(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(200);
		assertThat(answer.body()).as(answer.uri().toString()).contains("\"status\":\"UP\"");
	}

	private static int portNobodyListensOn() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
