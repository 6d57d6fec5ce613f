package cn.laoling.ledger.web.planimport;

import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.laoling.ledger.web.bench.BenchSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, where the servlet container enforces the size limit: an upload over 20
 * MB lands back on its page with the message, not on the container's error page, whether
 * its length is sent ahead or it comes in chunks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitTest {

	private static final String BOUNDARY = "----ledger-upload-test";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@ParameterizedTest
	@ValueSource(strings = { "/plans/import", "/plans/import-sheet" })
	void anUploadOverTwentyMegabytesIsSentBackToItsPageWithTheProblemNamed(String page) throws Exception {
		byte[] body = new byte[head().length + 22 * 1024 * 1024];
		System.arraycopy(head(), 0, body, 0, head().length);
		java.util.Arrays.fill(body, head().length, body.length, (byte) 'a');
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + page))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();

		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue(page + "?problem=tooLarge");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/plans/import", "/plans/import-sheet" })
	void anUploadOverTwentyMegabytesInChunksGetsOurPageNotTheContainers(String page) throws Exception {
		BenchSession office = BenchSession.login(this.http, "http://localhost:" + this.port, "office", "Demo@2026");
		String csrf = office.csrf(page);
		byte[] filler = new byte[1024 * 1024];
		java.util.Arrays.fill(filler, (byte) 'a');
		List<ByteArrayInputStream> parts = new java.util.ArrayList<>();
		parts.add(new ByteArrayInputStream(
				("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		parts.add(new ByteArrayInputStream(head()));
		for (int i = 0; i < 22; i++) {
			parts.add(new ByteArrayInputStream(filler));
		}
		parts.add(new ByteArrayInputStream(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8)));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + page))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Cookie", office.cookie())
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(parts))))
			.build();

		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue(page + "?problem=tooLarge");
		assertThat(office.get(page + "?problem=tooLarge").body()).contains("文件超过 20 MB，无法导入。");
	}

	private static byte[] head() {
		return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"方案.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
