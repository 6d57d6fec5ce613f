package cn.laoling.ledger.web.support;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.laoling.ledger.web.bench.BenchSession;
import cn.laoling.ledger.web.planimport.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads and redirects attacked over real HTTP: a burst of uploads finds the reading
 * slots taken and is asked to send again; a forged {@code Host} header never reaches a
 * {@code Location}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadAttackTest {

	private static final Pattern LOCATION = Pattern.compile("(?im)^Location: (.*)$");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void anUploadFindingEverySlotTakenIsAskedToComeAgainAndChangesNothing() throws Exception {
		BenchSession office = BenchSession.login(this.http, "http://localhost:" + this.port, "office", "Demo@2026");
		String csrf = office.csrf("/plans/import");
		byte[] docx = TestFiles.docx(Files.readString(TestFiles.seedFile("000")).split("\n"));
		CountDownLatch taken = new CountDownLatch(UploadSlots.PARALLEL);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService holders = Executors.newFixedThreadPool(UploadSlots.PARALLEL);
		HttpResponse<String> busy;
		try {
			for (int i = 0; i < UploadSlots.PARALLEL; i++) {
				holders.submit(() -> UploadSlots.read(() -> {
					taken.countDown();
					return release.await(1, java.util.concurrent.TimeUnit.MINUTES);
				}));
			}
			taken.await();
			busy = office.upload("/plans/import", csrf, "方案.docx", docx);
		}
		finally {
			release.countDown();
			holders.shutdown();
		}

		assertThat(busy.statusCode()).isEqualTo(503);
		assertThat(busy.headers().firstValue("Retry-After")).isPresent();
		assertThat(busy.body()).contains("同时上传的文件较多，本次上传的文件没有读取，也没有保存任何内容。");
		HttpResponse<String> again = office.upload("/plans/import", csrf, "方案.docx", docx);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).startsWith("/plans/import/"));
	}

	@Test
	void redirectsNeverTakeTheirHostFromAForgedHostHeader() throws Exception {
		String anonymous = raw("GET /plans HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(location(anonymous)).isEqualTo("/login");

		String loginPage = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		String session = find("SESSION=([^;]+)", loginPage);
		String form = "username=office&password=Demo%402026&_csrf=" + find(BenchSession.CSRF.pattern(), loginPage);
		String login = raw("POST /login HTTP/1.1\r\nHost: evil.example:8443\r\nConnection: close\r\nCookie: SESSION="
				+ session + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
				+ "\r\n\r\n" + form);
		assertThat(location(login)).isEqualTo("/");

		String loggedIn = find("SESSION=([^;]+)", login);
		String plans = raw("GET /plans HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: SESSION=" + loggedIn
				+ "\r\n\r\n");
		String logoutForm = "_csrf=" + find(BenchSession.CSRF.pattern(), plans);
		String logout = raw("POST /logout HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\nCookie: SESSION="
				+ loggedIn + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
				+ logoutForm.length() + "\r\n\r\n" + logoutForm);
		assertThat(location(logout)).isEqualTo("/login?logout");
	}

	/** One request over a socket, as written: headers the HTTP client would not send. */
	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			socket.setSoTimeout(10_000);
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			for (int n = in.read(buffer); n >= 0 && !complete(answer); n = in.read(buffer)) {
				answer.write(buffer, 0, n);
			}
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

	/** A redirect's headers are all this test reads; a page is read to its end. */
	private static boolean complete(ByteArrayOutputStream answer) {
		String text = answer.toString(StandardCharsets.UTF_8);
		return text.startsWith("HTTP/1.1 302") && text.contains("\r\n\r\n");
	}

	private static String location(String response) {
		return find(LOCATION.pattern(), response).strip();
	}

	private static String find(String pattern, String text) {
		Matcher matcher = Pattern.compile(pattern, Pattern.MULTILINE | Pattern.CASE_INSENSITIVE).matcher(text);
		assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
		return matcher.group(1);
	}

}
