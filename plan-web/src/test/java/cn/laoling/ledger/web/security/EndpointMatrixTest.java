package cn.laoling.ledger.web.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.calendar.CalendarDay;
import cn.laoling.ledger.calendar.CalendarDays;
import cn.laoling.ledger.notice.Notice;
import cn.laoling.ledger.notice.NoticeState;
import cn.laoling.ledger.report.ExtensionRequest;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every endpoint Spring MVC maps, against every kind of user: the checked-in table below
 * says what each must get, and an endpoint missing from the table fails the build.
 * <p>
 * Answers: {@code ok} (served, or redirected anywhere but the login page), {@code login}
 * (sent to log in), {@code 403}, {@code 404} (outside the user's region or unit, so it
 * does not exist for them), or a status code; {@code /error} opened directly has no error
 * to show and answers 500 with the generic page. Any refused request must leave the data
 * as it was. Columns: anonymous; office (昆都仑区老龄办); leader; wjw, liaison of 区卫健委, which
 * leads the task; mzj, liaison of 区民政局, which does not; lz-office, 凉州区老龄办, another
 * region; and the system, security and audit administrators.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EndpointMatrixTest {

	static final List<String> USERS = List.of("anonymous", "office", "leader", "wjw", "mzj", "lz-office", "sysadmin",
			"secadmin", "auditadmin");

	static final String MATRIX = """
			GET  /                                        login ok    ok    ok    ok    ok    ok    ok    ok
			GET  /login                                   ok    ok    ok    ok    ok    ok    ok    ok    ok
			GET  /error                                   500   500   500   500   500   500   500   500   500
			GET  /password                                login ok    ok    ok    ok    ok    ok    ok    ok
			POST /password                                login ok    ok    ok    ok    ok    ok    ok    ok
			GET  /overview                                login ok    ok    ok    ok    ok    403   403   403
			GET  /plans                                   login ok    ok    ok    ok    ok    403   403   403
			GET  /plans/{planId}                          login ok    ok    ok    ok    404   403   403   403
			GET  /plans/{planId}/export                   login ok    ok    ok    ok    404   403   403   403
			GET  /plans/export                            login ok    ok    ok    ok    ok    403   403   403
			GET  /plans/new                               login ok    403   403   403   ok    403   403   403
			POST /plans                                   login ok    403   403   403   ok    403   403   403
			GET  /plans/import                            login ok    403   403   403   ok    403   403   403
			POST /plans/import                            login ok    403   403   403   ok    403   403   403
			GET  /plans/import/{draftId}                  login 404   403   403   403   404   403   403   403
			POST /plans/import/{draftId}                  login 404   403   403   403   404   403   403   403
			POST /plans/import/{draftId}/cancel           login ok    403   403   403   ok    403   403   403
			GET  /plans/import-sheet                      login ok    403   403   403   ok    403   403   403
			POST /plans/import-sheet                      login ok    403   403   403   ok    403   403   403
			GET  /plans/import-sheet/{draftId}            login 404   403   403   403   404   403   403   403
			POST /plans/import-sheet/{draftId}            login 404   403   403   403   404   403   403   403
			POST /plans/import-sheet/{draftId}/cancel     login ok    403   403   403   ok    403   403   403
			GET  /plans/{planId}/periods                  login ok    403   403   403   404   403   403   403
			POST /plans/{planId}/periods/{periodId}/due   login ok    403   403   403   404   403   403   403
			POST /plans/{planId}/periods/{periodId}/close login ok    403   403   403   404   403   403   403
			POST /plans/{planId}/periods/{periodId}/reopen login ok   403   403   403   404   403   403   403
			GET  /plans/{planId}/edit                     login ok    403   403   403   404   403   403   403
			POST /plans/{planId}/edit                     login ok    403   403   403   404   403   403   403
			POST /plans/{planId}/withdraw                 login ok    403   403   403   404   403   403   403
			POST /plans/{planId}/delete                   login ok    403   403   403   404   403   403   403
			GET  /plans/{planId}/tasks/new                login ok    403   403   403   404   403   403   403
			POST /plans/{planId}/tasks                    login ok    403   403   403   404   403   403   403
			GET  /tasks/{taskId}                          login ok    ok    ok    404   404   403   403   403
			POST /tasks/{taskId}/close-out                login ok    403   403   403   404   403   403   403
			POST /tasks/{taskId}/reopen                   login ok    403   403   403   404   403   403   403
			POST /tasks/{taskId}/extension                login 403   403   ok    404   403   403   403   403
			POST /extensions/{extensionId}/grant          login ok    403   403   403   404   403   403   403
			POST /extensions/{extensionId}/refuse         login ok    403   403   403   404   403   403   403
			GET  /notices                                 login ok    ok    ok    ok    ok    403   403   403
			POST /notices                                 login ok    403   403   403   404   403   403   403
			GET  /notices/{noticeId}                      login ok    ok    ok    ok    404   403   403   403
			GET  /notices/{noticeId}/docx                 login ok    ok    ok    ok    404   403   403   403
			GET  /notices/{noticeId}/edit                 login ok    403   403   403   404   403   403   403
			POST /notices/{noticeId}/edit                 login ok    403   403   403   404   403   403   403
			POST /notices/{noticeId}/submit               login ok    403   403   403   404   403   403   403
			POST /notices/{noticeId}/withdraw             login ok    403   403   403   404   403   403   403
			POST /notices/{noticeId}/publish              login ok    403   403   403   404   403   403   403
			POST /notices/{noticeId}/discard              login ok    403   403   403   404   403   403   403
			POST /notices/{noticeId}/correct              login ok    403   403   403   404   403   403   403
			POST /notices/{noticeId}/sign                 login 403   ok    403   403   403   403   403   403
			POST /notices/{noticeId}/send-back            login 403   ok    403   403   403   403   403   403
			POST /notices/{noticeId}/acknowledge          login 403   403   ok    ok    403   403   403   403
			GET  /prompts                                 login ok    ok    ok    ok    ok    403   403   403
			GET  /prompts/new                             login ok    403   403   403   ok    403   403   403
			POST /prompts/new                             login ok    403   403   403   ok    403   403   403
			POST /prompts                                 login ok    403   403   403   ok    403   403   403
			GET  /prompts/{promptId}                      login ok    ok    ok    404   404   403   403   403
			POST /prompts/{promptId}/acknowledge          login 403   403   ok    404   403   403   403   403
			POST /prompts/{promptId}/answer               login 403   403   ok    404   403   403   403   403
			GET  /notifications                           login ok    ok    ok    ok    ok    403   403   403
			POST /notifications/{notificationId}/open     login 404   404   ok    404   404   403   403   403
			POST /notifications/read-all                  login ok    ok    ok    ok    ok    403   403   403
			GET  /reminders                               login ok    403   403   403   ok    403   403   403
			POST /reminders/run                           login ok    403   403   403   ok    403   403   403
			GET  /calendar                                login ok    403   403   403   ok    403   403   403
			POST /calendar                                login ok    403   403   403   ok    403   403   403
			POST /calendar/{day}/delete                   login ok    403   403   403   ok    403   403   403
			GET  /tasks/{taskId}/edit                     login ok    403   403   403   404   403   403   403
			POST /tasks/{taskId}/edit                     login ok    403   403   403   404   403   403   403
			POST /tasks/{taskId}/delete                   login ok    403   403   403   404   403   403   403
			GET  /tasks/{taskId}/targets/{target}/quotas  login ok    403   403   403   404   403   403   403
			POST /tasks/{taskId}/targets/{target}/quotas  login ok    403   403   403   404   403   403   403
			POST /tasks/{taskId}/targets/{target}/quotas/sheet login ok 403   403   403   404   403   403   403
			GET  /tasks/{taskId}/targets/{target}/years   login ok    403   403   403   404   403   403   403
			POST /tasks/{taskId}/targets/{target}/years   login ok    403   403   403   404   403   403   403
			GET  /plans/{planId}/years                    login ok    ok    ok    ok    404   403   403   403
			GET  /plans/{planId}/years/{year}             login ok    ok    ok    ok    404   403   403   403
			GET  /plans/{planId}/years/{year}/export      login ok    ok    ok    ok    404   403   403   403
			POST /plans/{planId}/years/{year}/close       login ok    403   403   403   404   403   403   403
			GET  /review                                  login ok    403   403   403   ok    403   403   403
			GET  /review/{reportId}                       login ok    403   403   403   404   403   403   403
			POST /review/{reportId}/accept                login ok    403   403   403   404   403   403   403
			POST /review/{reportId}/return                login ok    403   403   403   404   403   403   403
			GET  /reports                                 login 403   403   ok    ok    403   403   403   403
			GET  /tasks/{taskId}/reports/{periodId}/evidence login 403 403 ok  ok    403   403   403   403
			POST /tasks/{taskId}/reports/{periodId}/evidence login 403 403 ok  404   403   403   403   403
			GET  /tasks/{taskId}/reports/{periodId}/evidence/{evidenceId} login 403 403 404 404 403 403 403 403
			POST /tasks/{taskId}/reports/{periodId}/evidence/{evidenceId}/delete login 403 403 404 404 403 403 403 403
			GET  /review/{reportId}/evidence/{evidenceId}  login 404   403   403   403   404   403   403   403
			GET  /tasks/{taskId}/reports/{periodId}       login 403   403   ok    404   403   403   403   403
			POST /tasks/{taskId}/reports/{periodId}       login 403   403   ok    404   403   403   403   403
			POST /tasks/{taskId}/reports/{periodId}/chase login 403   403   ok    404   403   403   403   403
			GET  /units                                   login ok    403   403   403   ok    403   403   403
			GET  /units/new                               login ok    403   403   403   ok    403   403   403
			POST /units                                   login ok    403   403   403   ok    403   403   403
			GET  /units/{unitId}/edit                     login ok    403   403   403   404   403   403   403
			POST /units/{unitId}/edit                     login ok    403   403   403   404   403   403   403
			POST /units/{unitId}/delete                   login ok    403   403   403   404   403   403   403
			GET  /units/{unitId}/merge                    login ok    403   403   403   404   403   403   403
			POST /units/{unitId}/merge                    login 409   403   403   403   404   403   403   403
			GET  /admin/accounts                          login 403   403   403   403   403   ok    ok    403
			GET  /admin/accounts/new                      login 403   403   403   403   403   ok    403   403
			POST /admin/accounts                          login 403   403   403   403   403   ok    403   403
			GET  /admin/accounts/{accountId}/edit         login 403   403   403   403   403   ok    403   403
			POST /admin/accounts/{accountId}/edit         login 403   403   403   403   403   ok    403   403
			POST /admin/accounts/{accountId}/disable      login 403   403   403   403   403   ok    403   403
			POST /admin/accounts/{accountId}/enable       login 403   403   403   403   403   ok    403   403
			GET  /admin/accounts/{accountId}/role         login 403   403   403   403   403   403   ok    403
			POST /admin/accounts/{accountId}/role         login 403   403   403   403   403   403   ok    403
			POST /admin/accounts/{accountId}/unlock       login 403   403   403   403   403   403   ok    403
			POST /admin/accounts/{accountId}/reset-password login 403 403   403   403   403   403   ok    403
			GET  /admin/regions                           login 403   403   403   403   403   ok    403   403
			POST /admin/regions                           login 403   403   403   403   403   ok    403   403
			POST /admin/regions/{regionId}/rename         login 403   403   403   403   403   ok    403   403
			GET  /audit                                   login 403   403   403   403   403   403   403   ok
			GET  /audit/export                            login 403   403   403   403   403   403   403   ok
			POST /audit/verify                            login 403   403   403   403   403   403   403   ok
			GET  /actuator/health                         ok    ok    ok    ok    ok    ok    ok    ok    ok
			GET  /actuator/health/**                      ok    ok    ok    ok    ok    ok    ok    ok    ok
			GET  /actuator/info                           login 404   404   404   404   404   404   404   404
			GET  /actuator/prometheus                     login 404   404   404   404   404   404   404   404
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	Clock clock;

	@Autowired
	CalendarDays calendarDays;

	static Map<String, List<String>> table() {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (String line : MATRIX.strip().split("\n")) {
			String[] cells = line.strip().split("\\s+");
			rows.put(cells[0] + " " + cells[1], List.of(cells).subList(2, cells.length));
		}
		return rows;
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		table().forEach((endpoint, answers) -> {
			for (int i = 0; i < USERS.size(); i++) {
				cases.add(Arguments.of(endpoint, USERS.get(i), answers.get(i)));
			}
		});
		return cases.stream();
	}

	static Stream<String> stateChanges() {
		return table().keySet().stream().filter((endpoint) -> endpoint.startsWith("POST "));
	}

	@Test
	void theTableListsExactlyTheMappedEndpoints() {
		Set<String> mapped = new TreeSet<>();
		this.context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()
			.forEach((
					mapping) -> mapping.getHandlerMethods().keySet().forEach((info) -> mapped.addAll(endpoints(info))));
		assertThat(new TreeSet<>(table().keySet())).as("endpoints in the table").isEqualTo(mapped);
	}

	@ParameterizedTest(name = "{1} {0} -> {2}")
	@MethodSource("cases")
	void eachUserGetsTheExpectedAnswer(String endpoint, String user, String expected) throws Exception {
		Request request = request(endpoint, user);
		String before = this.scratch.fingerprint();

		MockHttpServletResponse response = this.mvc.perform(request.builder().with(csrf())).andReturn().getResponse();

		String location = response.getRedirectedUrl();
		String actual = (response.getStatus() == 302 && location != null && location.endsWith("/login")) ? "login"
				: (response.getStatus() < 400) ? "ok" : String.valueOf(response.getStatus());
		assertThat(actual).as(user + " " + endpoint + " answered " + response.getStatus() + " " + location)
			.isEqualTo(expected);
		if (!expected.equals("ok")) {
			assertThat(this.scratch.fingerprint()).as("data after a refused " + endpoint).isEqualTo(before);
		}
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Content-Security-Policy"))
			.contains("script-src 'self'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		String body = response.getContentAsString().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
		assertThat(body).as("no stack trace, class or SQL in a page")
			.doesNotContain("Exception", "at cn.laoling", "org.springframework", "org.hibernate", "SQLState", "PSQL");
		assertThat(body).as("every message resolved").doesNotContain("_zh_CN??");
	}

	@ParameterizedTest(name = "{0} without a CSRF token")
	@MethodSource("stateChanges")
	void aStateChangeWithoutAValidCsrfTokenIsRefusedAndWritesNothing(String endpoint) throws Exception {
		List<String> answers = table().get(endpoint);
		int allowed = answers.contains("ok") ? answers.indexOf("ok") : answers.indexOf("404");
		String permitted = USERS.get(allowed);
		Request withoutToken = request(endpoint, permitted);
		Request withForgedToken = request(endpoint, permitted);
		String before = this.scratch.fingerprint();

		MockHttpServletResponse missing = this.mvc.perform(withoutToken.builder()).andReturn().getResponse();
		MockHttpServletResponse forged = this.mvc.perform(withForgedToken.builder().with(csrf().useInvalidToken()))
			.andReturn()
			.getResponse();

		assertThat(missing.getStatus()).as(endpoint + " without a token").isEqualTo(403);
		assertThat(forged.getStatus()).as(endpoint + " with a forged token").isEqualTo(403);
		assertThat(this.scratch.fingerprint()).isEqualTo(before);
	}

	static List<String> endpoints(RequestMappingInfo info) {
		Set<String> methods = new TreeSet<>();
		info.getMethodsCondition().getMethods().forEach((m) -> methods.add(m.name()));
		if (methods.isEmpty()) {
			methods.add("GET");
		}
		List<String> endpoints = new ArrayList<>();
		for (String pattern : info.getPatternValues()) {
			for (String method : methods) {
				endpoints.add(method + " " + pattern.replace("{*path}", "**"));
			}
		}
		return endpoints;
	}

	record Request(MockHttpServletRequestBuilder builder) {
	}

	/** The state a notice must be in for the endpoint to do what it does. */
	private static NoticeState noticeStateFor(String path) {
		if (path.matches(".*/(edit|submit|discard)")) {
			return NoticeState.DRAFT;
		}
		if (path.matches(".*/(withdraw|sign|send-back)")) {
			return NoticeState.AWAITING_SIGN_OFF;
		}
		return path.endsWith("/publish") ? NoticeState.SIGNED : NoticeState.PUBLISHED;
	}

	/**
	 * The request for one endpoint: ids of the demo's 昆都仑区 plan and unit, and fresh
	 * scratch records wherever a request might change or delete its object. The bad-input
	 * corpus ({@link BadInputCorpusTest}) starts from these requests too.
	 */
	Request request(String endpoint, String user) {
		String[] parts = endpoint.split(" ");
		boolean write = parts[0].equals("POST");
		String path = parts[1].replace("/**", "/liveness");
		// scratch records only where the endpoint names one: an account costs a password
		// hash
		Task task = !path.contains("{taskId}") ? null
				: path.endsWith("/chase") ? this.scratch.taskWithPart("矩阵测试催报")
						: (path.contains("/quotas") || path.contains("/years")) ? this.scratch.splittableTask("矩阵测试分解")
								: this.scratch.task();
		Account account = path.contains("{accountId}") ? this.scratch.account() : null;
		if (path.contains("/years") && !path.contains("{taskId}")) {
			Plan severalYears = this.scratch.plan();
			path = path.replace("{planId}", String.valueOf(severalYears.id().value()))
				.replace("{year}", String.valueOf(severalYears.period().end().getYear()));
		}
		path = path.replace("{draftId}", "00000000-0000-0000-0000-000000000000")
			.replace("{target}", "0")
			.replace("{evidenceId}", "0")
			.replace("{planId}", String.valueOf(this.demo.kunquPlan().id().value()))
			.replace("{unitId}", String.valueOf(this.demo.kunquUnit("区卫健委").id().value()))
			.replace("{regionId}", String.valueOf(this.demo.region("昆都仑区").value()));
		if (task != null) {
			path = path.replace("{taskId}", String.valueOf(task.id().value()));
			ReportingPeriod current = this.periods.forPlan(task.planId())
				.stream()
				.filter((p) -> p.quarter().contains(LocalDate.now(this.clock)))
				.findFirst()
				.orElseThrow();
			path = path.replace("{periodId}", String.valueOf(current.id().value()));
		}
		if (account != null) {
			path = path.replace("{accountId}", String.valueOf(account.id().value()));
		}
		if (path.contains("/periods/{periodId}")) {
			path = path.replace("{periodId}",
					String.valueOf(this.periods.forPlan(this.demo.kunquPlan().id()).get(0).id().value()));
		}
		ExtensionRequest extension = path.contains("{extensionId}") ? this.scratch.pendingExtension() : null;
		if (extension != null) {
			path = path.replace("{extensionId}", String.valueOf(extension.id().value()));
		}
		Notice notice = path.contains("{noticeId}") ? this.scratch.notice(noticeStateFor(path)) : null;
		if (notice != null) {
			path = path.replace("{noticeId}", String.valueOf(notice.id().value()));
		}
		if (path.contains("{promptId}")) {
			path = path.replace("{promptId}", String.valueOf(this.scratch.prompt().id().value()));
		}
		if (path.contains("{notificationId}")) {
			path = path.replace("{notificationId}", String.valueOf(this.scratch.notificationTo("区卫健委").id()));
		}
		if (path.contains("{day}")) {
			this.calendarDays.save(CalendarDay.holiday(LocalDate.of(2031, 5, 1), "矩阵测试"));
			path = path.replace("{day}", "2031-05-01");
		}
		Report report = path.contains("{reportId}") ? this.scratch.submittedReport() : null;
		if (report != null) {
			path = path.replace("{reportId}", String.valueOf(report.id().value()));
		}
		MockHttpServletRequestBuilder builder = write ? post(path) : get(path);
		if (write && (path.contains("/periods/") || path.matches("/plans/\\d+/(withdraw|delete)"))) {
			// a version no period or plan has: the office's request is answered, the demo
			// plan left as it was
			builder.param("version", "-1");
		}
		if (task != null && (path.endsWith("/delete") || path.endsWith("/close-out") || path.endsWith("/reopen"))) {
			builder.param("version", String.valueOf(task.version()));
		}
		if (extension != null) {
			builder.param("version", String.valueOf(extension.version())).param("comment", "矩阵测试意见");
		}
		if (task != null && path.endsWith("/extension")) {
			builder.param("date", task.dueDeadline().date().plusMonths(1).toString()).param("reason", "矩阵测试延期");
		}
		if (account != null && path.matches(".*/(disable|enable|unlock|reset-password)")) {
			builder.param("version", String.valueOf(account.version()));
		}
		if (report != null) {
			builder.param("version", String.valueOf(report.version())).param("comment", "矩阵测试退回");
		}
		if (notice != null && write) {
			builder.param("version", String.valueOf(notice.version())).param("comment", "矩阵测试意见");
			if (path.endsWith("/edit")) {
				builder.param("masthead", "刊名")
					.param("issuer", "发文单位")
					.param("title", "矩阵测试通报")
					.param("addressees", "各成员单位")
					.param("overview", "总体")
					.param("problems", "问题")
					.param("requirements", "要求");
			}
		}
		if (write && path.equals("/prompts")) {
			builder.param("title", "矩阵测试提示")
				.param("body", "矩阵测试")
				.param("respondBy", LocalDate.now(this.clock).plusDays(7).toString())
				.param("unitIds", String.valueOf(this.demo.kunquUnit("区卫健委").id().value()));
		}
		if (write && path.endsWith("/chase")) {
			builder.param("unit", String.valueOf(this.demo.kunquUnit("区民政局").id().value()));
		}
		if (write && path.endsWith("/answer")) {
			builder.param("answer", "矩阵测试答复");
		}
		if (write && path.equals("/calendar")) {
			builder.param("day", "2031-01-01").param("kind", "HOLIDAY").param("name", "元旦");
		}
		if (write && path.equals("/notices")) {
			builder.param("planId", String.valueOf(this.demo.kunquPlan().id().value()))
				.param("periodId",
						String.valueOf(this.periods.forPlan(this.demo.kunquPlan().id()).get(0).id().value()));
		}
		if (write && path.startsWith("/units/") && (path.endsWith("/delete") || path.endsWith("/merge"))) {
			// a version the unit does not have: the office's request is answered with the
			// conflict, the demo's 区卫健委 left as it was
			builder.param("version", "-1")
				.param("into", String.valueOf(this.demo.kunquUnit("区民政局").id().value()))
				.param("intoVersion", "-1");
		}
		if (path.endsWith("/rename")) {
			builder.param("name", "").param("version", "0");
		}
		if (!user.equals("anonymous")) {
			builder.with(this.demo.as(user));
		}
		return new Request(builder);
	}

}
