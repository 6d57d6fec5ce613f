package cn.laoling.ledger.web.planimport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP, where the servlet container enforces the size limit: an upload over 20
 * MB lands back on its page with the message, not on the container's error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/plans/import", "/plans/import-sheet" })
	void anUploadOverTwentyMegabytesIsSentBackToItsPageWithTheProblemNamed(String page) throws Exception {
		String boundary = "----ledger-upload-test";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"方案.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + 22 * 1024 * 1024];
		System.arraycopy(head, 0, body, 0, head.length);
		java.util.Arrays.fill(body, head.length, body.length, (byte) 'a');
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + page))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith(page + "?problem=tooLarge"));
	}

}
