package cn.laoling.ledger.web.error;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.laoling.ledger.web.DemoLedger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refusals as a browser (or an attacker's script) meets them over real HTTP: the same new
 * username or unit name sent many times at once makes one record and answers the rest
 * with a conflict naming the problem; a corrupted CSRF token on the login form and a NUL
 * character in a field get our own Chinese pages. Never a 500, never the container's
 * English page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefusalsOverHttpTest {

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final int AT_ONCE = 8;

	@LocalServerPort
	int port;

	@Autowired
	DemoLedger demo;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	record Session(String id, String csrf) {
	}

	@Test
	void theSameNewUsernameSentManyTimesAtOnceMakesOneAccountAndConflicts() throws Exception {
		Session sysadmin = logIn("sysadmin");
		String username = "race-" + UUID.randomUUID().toString().substring(0, 8);
		String form = "username=" + username + "&displayName=" + encode("竞态测试") + "&role=OFFICE&regionId="
				+ this.demo.region("昆都仑区").value() + "&_csrf=" + sysadmin.csrf();

		List<HttpResponse<String>> answers = atOnce(() -> post("/admin/accounts", sysadmin, form));

		assertThat(this.jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, username))
			.isEqualTo(1);
		assertOneMadeAndTheRestRefused(answers, "用户名");
	}

	@Test
	void theSameNewUnitNameSentManyTimesAtOnceMakesOneUnitAndConflicts() throws Exception {
		Session office = logIn("office");
		String name = "竞态测试单位" + UUID.randomUUID().toString().substring(0, 6);
		String form = "name=" + encode(name) + "&kind=DEPARTMENT&_csrf=" + office.csrf();

		List<HttpResponse<String>> answers = atOnce(() -> post("/units", office, form));

		assertThat(this.jdbc.queryForObject("select count(*) from unit where name = ?", Integer.class, name))
			.isEqualTo(1);
		assertOneMadeAndTheRestRefused(answers, "名称");
	}

	@Test
	void aCorruptedCsrfTokenOnTheLoginFormGetsOurForbiddenPage() throws Exception {
		HttpResponse<String> page = get("/login", null);
		String anonymous = find(SESSION, page.headers().firstValue("Set-Cookie").orElse(""));
		String token = find(CSRF, page.body());
		String flipped = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
		for (String corrupted : List.of(flipped, token + "A", token.substring(1), "%%%", "%00", "", "x".repeat(10_000),
				"====", encode("令牌"))) {
			for (String session : new String[] { anonymous, null }) {
				HttpResponse<String> answer = postRaw("/login", session,
						"username=office&password=Demo%402026&_csrf=" + corrupted);
				String as = "token " + corrupted.substring(0, Math.min(20, corrupted.length())) + " with session "
						+ session;
				assertThat(answer.statusCode()).as(as).isIn(400, 403);
				assertThat(answer.body()).as(as).containsAnyOf("无权访问", "提交的内容无法处理").doesNotContain("HTTP Status");
			}
		}
	}

	@Test
	void aNulInAFieldGetsOurBadRequestPageAndLogsNobodyIn() throws Exception {
		HttpResponse<String> page = get("/login", null);
		String anonymous = find(SESSION, page.headers().firstValue("Set-Cookie").orElse(""));

		HttpResponse<String> answer = postRaw("/login", anonymous,
				"username=office%00&password=Demo%402026&_csrf=" + find(CSRF, page.body()));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("提交的内容无法处理").doesNotContain("HTTP Status", "Exception");
	}

	@Test
	void aNulInAnUploadFormsTextGetsOurBadRequestPage() throws Exception {
		Session office = logIn("office");
		String boundary = "----nul" + UUID.randomUUID().toString().replace("-", "");
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + office.csrf()
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n"
				+ "一、重点任务\n1.创建老年友好型社区26个\u0000（牵头单位：区卫健委）\r\n--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/plans/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.header("Cookie", "SESSION=" + office.id())
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();

		HttpResponse<String> answer = this.http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("提交的内容无法处理").doesNotContain("HTTP Status", "Exception");
	}

	@Test
	void anObjectThatIsNotThereAndAnAddressWithoutAPageAreNotFoundWithTheUsersNavigation() throws Exception {
		Session office = logIn("office");
		for (String path : List.of("/tasks/999999999", "/tasks/0", "/tasks/abc", "/tasks/99999999999999999999",
				"/no/such/page", "/plans/999999/ledger")) {
			HttpResponse<String> answer = get(path, office.id());

			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertThat(answer.body()).as(path)
				.contains("未找到", "id=\"nav\"", "返回首页", "href=\"/\"")
				.doesNotContain("无权访问", "HTTP Status");
		}
	}

	@Test
	void aFormSentOrAPageOpenedAfterTheSessionEndedGoesToTheLoginPageSayingSo() throws Exception {
		String ended = "0123456789ABCDEF0123456789ABCDEF";
		HttpResponse<String> form = postRaw("/password", ended, "currentPassword=x&newPassword=y&_csrf=gone");
		HttpResponse<String> page = get("/plans", ended);

		assertThat(form.statusCode()).isEqualTo(302);
		assertThat(form.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?expired"));
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?expired"));
		assertThat(get("/login?expired", null).body()).contains("登录已超时");
	}

	private void assertOneMadeAndTheRestRefused(List<HttpResponse<String>> answers, String named) {
		List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
		assertThat(statuses).as("answers").doesNotContain(500).filteredOn((s) -> s == 302).hasSize(1);
		for (HttpResponse<String> answer : answers) {
			if (answer.statusCode() != 302) {
				assertThat(answer.statusCode()).isIn(200, 409);
				assertThat(answer.body()).as("a refusal naming the taken name").contains(named);
				assertThat(answer.body()).doesNotContain("Exception", "HTTP Status");
			}
		}
	}

	private interface Call {

		HttpResponse<String> send() throws Exception;

	}

	/** The same request {@link #AT_ONCE} times, released together. */
	private static List<HttpResponse<String>> atOnce(Call call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
		try {
			CountDownLatch ready = new CountDownLatch(AT_ONCE);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return call.send();
				}));
			}
			ready.await();
			go.countDown();
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Session logIn(String username) throws Exception {
		HttpResponse<String> page = get("/login", null);
		String anonymous = find(SESSION, page.headers().firstValue("Set-Cookie").orElse(""));
		HttpResponse<String> login = postRaw("/login", anonymous,
				"username=" + username + "&password=Demo%402026&_csrf=" + find(CSRF, page.body()));
		String session = find(SESSION, login.headers().firstValue("Set-Cookie").orElse(""));
		return new Session(session, find(CSRF, get("/password", session).body()));
	}

	private HttpResponse<String> get(String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html");
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Session session, String form) throws Exception {
		return postRaw(path, session.id(), form);
	}

	private HttpResponse<String> postRaw(String path, String session, String form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
		return matcher.group(1);
	}

}
