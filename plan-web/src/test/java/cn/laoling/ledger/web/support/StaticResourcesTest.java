package cn.laoling.ledger.web.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.laoling.ledger.web.bench.BenchSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static files as a browser gets them over real HTTP: pages link every file by a URL
 * that changes with its content (a WebJar's version, a hash of our own files), which the
 * browser keeps a year without asking again, while the pages themselves are never stored;
 * pages, CSS and JavaScript come gzipped to a browser that accepts it; every file is
 * served from this application (no CDN), and a page path is never taken for a file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticResourcesTest {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars/|css/|js/|favicon)[^\"]+)\"");

	private static final Pattern VERSIONED = Pattern
		.compile("/webjars/[^/]+/\\d+\\.\\d+[^/]*/.+|/(?:css/|js/)?[\\w.]+-[0-9a-f]{32}\\.(?:css|js|ico)");

	private static final String A_YEAR = "max-age=31536000";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private BenchSession office;

	@BeforeEach
	void logIn() throws Exception {
		this.office = BenchSession.login(this.http, "http://localhost:" + this.port, "office", "Demo@2026");
	}

	@Test
	void everyFileAPageLinksHasAUrlNamingItsContentAndIsKeptAYearWhileThePageIsNotStored() throws Exception {
		HttpResponse<byte[]> overview = get("/overview", false);
		assertThat(overview.statusCode()).isEqualTo(200);
		assertThat(overview.headers().firstValue("Cache-Control")).as("a page shows personal data")
			.hasValueSatisfying((c) -> assertThat(c).contains("no-store"));

		List<String> assets = assets(new String(overview.body(), StandardCharsets.UTF_8));
		assertThat(assets).as("the favicon, bootstrap css and js, htmx, ECharts, ledger.css, ledger.js, overview.js")
			.hasSize(8)
			.allSatisfy((url) -> assertThat(url).matches(VERSIONED));
		for (String url : assets) {
			HttpResponse<byte[]> file = get(url, false);
			assertThat(file.statusCode()).as(url).isEqualTo(200);
			assertThat(file.body()).as(url).isNotEmpty();
			assertThat(file.headers().firstValue("Cache-Control")).as(url)
				.hasValueSatisfying((c) -> assertThat(c).contains(A_YEAR, "immutable").doesNotContain("no-store"));
		}
		assertThat(get("/plans", false).headers().firstValue("Cache-Control")).as("another page")
			.hasValueSatisfying((c) -> assertThat(c).contains("no-store"));
	}

	@Test
	void aFileByItsPlainUrlStillAnswersButIsCheckedAgainOnEveryUse() throws Exception {
		for (String url : List.of("/css/ledger.css", "/js/ledger.js", "/webjars/bootstrap/css/bootstrap.min.css",
				"/favicon.ico")) {
			HttpResponse<byte[]> file = get(url, false);
			assertThat(file.statusCode()).as(url).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).as(url)
				.hasValueSatisfying((c) -> assertThat(c).contains("no-cache").doesNotContain("immutable", A_YEAR));
		}
		assertThat(get("/css/ledger-0123456789abcdef0123456789abcdef.css", false).statusCode())
			.as("a hash that is not the file's")
			.isEqualTo(404);
		assertThat(get("/messages.properties", false).statusCode()).as("a path that is no static file")
			.isBetween(400, 499);
	}

	@Test
	void pagesCssAndJavaScriptAreSentGzippedToABrowserThatAcceptsIt() throws Exception {
		List<String> assets = assets(new String(get("/overview", false).body(), StandardCharsets.UTF_8));
		String css = assets.stream().filter((url) -> url.startsWith("/css/")).findFirst().orElseThrow();
		String script = assets.stream().filter((url) -> url.startsWith("/js/")).findFirst().orElseThrow();
		String webJar = assets.stream().filter((url) -> url.endsWith("bootstrap.min.css")).findFirst().orElseThrow();

		for (String url : List.of("/overview", css, script, webJar)) {
			HttpResponse<byte[]> plain = get(url, false);
			HttpResponse<byte[]> gzipped = get(url, true);
			assertThat(gzipped.headers().firstValue("Content-Encoding")).as(url).hasValue("gzip");
			assertThat(plain.headers().firstValue("Content-Encoding")).as(url + " to a client without gzip").isEmpty();
			assertThat(gzipped.body().length).as(url).isLessThan(plain.body().length / 2);
			if (!url.equals("/overview")) {
				assertThat(gunzip(gzipped.body())).as(url).isEqualTo(plain.body());
			}
			else {
				assertThat(new String(gunzip(gzipped.body()), StandardCharsets.UTF_8)).contains("<div id=\"kept\">");
			}
		}
	}

	@Test
	void theFaviconIsServedToEveryone() throws Exception {
		HttpResponse<byte[]> icon = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/favicon.ico")).build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> assertThat(t).contains("icon"));
		assertThat(icon.body()).startsWith(0, 0, 1, 0);
	}

	private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", this.office.cookie());
		if (gzip) {
			request.header("Accept-Encoding", "gzip, deflate, br");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static List<String> assets(String page) {
		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(page);
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		return assets;
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
