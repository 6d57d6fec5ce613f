package cn.laoling.ledger.web.error;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.laoling.ledger.LedgerApplication;
import cn.laoling.ledger.persistence.embedded.EmbeddedServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The demo as it runs, on its own embedded database: when the database is killed, a page
 * answers within seconds with the Chinese "database unavailable" page instead of hanging,
 * and once the server is back (started again by its watchdog) the same session works
 * without restarting the application.
 */
class DatabaseOutageTest {

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	Path temporary;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private int port;

	@Test
	void whileTheDatabaseIsDownAPageSaysSoAtOnceAndWorksAgainWhenItIsBack() throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LedgerApplication.class)
			.properties("server.port=0", "ledger.embedded-db.directory=" + this.temporary.resolve("postgres"),
					"ledger.embedded-db.watch-interval=20s", "ledger.reminders.cron=-", "ledger.standings.cron=-",
					"logging.level.root=WARN")
			.run()) {
			this.port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			String session = logIn("office");
			assertThat(get("/plans", session).statusCode()).isEqualTo(200);

			EmbeddedServer database = app.getBean(EmbeddedServer.class);
			ProcessHandle postmaster = ProcessHandle.of(database.postmasterPid().orElseThrow()).orElseThrow();
			postmaster.destroyForcibly();
			postmaster.onExit().join();

			HttpResponse<String> down = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> get("/plans", session));
			assertThat(down.statusCode()).isEqualTo(503);
			assertThat(down.body()).contains("数据库暂时无法连接").doesNotContain("Exception", "PSQL", "Whitelabel");

			Instant giveUp = Instant.now().plusSeconds(120);
			HttpResponse<String> back = get("/plans", session);
			while (back.statusCode() != 200 && Instant.now().isBefore(giveUp)) {
				Thread.sleep(1000);
				back = get("/plans", session);
			}
			assertThat(back.statusCode()).as("the same session once the database is back").isEqualTo(200);
		}
	}

	private String logIn(String username) throws Exception {
		HttpResponse<String> page = get("/login", null);
		String anonymous = find(SESSION, page.headers().firstValue("Set-Cookie").orElse(""));
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", "SESSION=" + anonymous)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=" + username + "&password=Demo%402026&_csrf=" + find(CSRF, page.body()))));
		return find(SESSION, login.headers().firstValue("Set-Cookie").orElse(""));
	}

	private HttpResponse<String> get(String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(60));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
		return matcher.group(1);
	}

}
