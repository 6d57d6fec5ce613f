package cn.laoling.ledger.web.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session as a browser sees it, over real HTTP: a new session id at login, and after
 * logout the old session cookie opens nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieTest {

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> get(String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String session, String form) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", "SESSION=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
		return matcher.group(1);
	}

	@Test
	void loginGivesANewSessionIdAndLogoutEndsTheSessionOnTheServer() throws Exception {
		HttpResponse<String> loginPage = get("/login", null);
		String anonymous = find(SESSION, loginPage.headers().firstValue("Set-Cookie").orElse(""));
		String token = find(CSRF, loginPage.body());

		HttpResponse<String> login = post("/login", anonymous, "username=leader&password=Demo%402026&_csrf=" + token);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		String loggedIn = find(SESSION, login.headers().firstValue("Set-Cookie").orElse(""));
		assertThat(loggedIn).isNotEqualTo(anonymous);
		assertThat(get("/plans", anonymous).statusCode()).as("the session id from before login").isEqualTo(302);

		HttpResponse<String> plans = get("/plans", loggedIn);
		assertThat(plans.statusCode()).isEqualTo(200);
		assertThat(plans.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((c) -> assertThat(c).contains("no-store"));
		HttpResponse<String> logout = post("/logout", loggedIn, "_csrf=" + find(CSRF, plans.body()));
		assertThat(logout.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?logout"));

		HttpResponse<String> after = get("/plans", loggedIn);
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).as("the ended session is named as such")
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?expired"));
	}

}
