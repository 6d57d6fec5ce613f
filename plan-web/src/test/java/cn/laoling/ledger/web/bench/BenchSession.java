package cn.laoling.ledger.web.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A logged-in user of the benchmarks: its own session cookie, CSRF tokens read from
 * pages.
 */
public final class BenchSession {

	public static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client;

	private final String base;

	private String cookie;

	private BenchSession(HttpClient client, String base) {
		this.client = client;
		this.base = base;
	}

	/**
	 * A client as the sessions need it: HTTP/1.1, redirects answered rather than
	 * followed.
	 */
	public static HttpClient newClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public static BenchSession login(HttpClient client, String base, String username, String password)
			throws IOException, InterruptedException {
		BenchSession session = new BenchSession(client, base);
		HttpResponse<String> page = session.get("/login");
		String csrf = find(CSRF, page.body());
		HttpResponse<String> login = session.post("/login",
				form(Map.of("username", username, "password", password, "_csrf", csrf)));
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException(username + " could not log in: " + login.statusCode() + " " + location);
		}
		return session;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Downloads the page, answering its status and size in bytes. */
	public long[] download(String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(this.base + path)).GET(),
				HttpResponse.BodyHandlers.ofByteArray());
		return new long[] { response.statusCode(), response.body().length };
	}

	public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		return send(
				HttpRequest.newBuilder(URI.create(this.base + path))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body)),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * Sends a file as a browser's form does ({@code multipart/form-data}, field
	 * {@code file}) with the CSRF token, and the headers given as name, value, ...
	 */
	public HttpResponse<String> upload(String path, String csrf, String fileName, byte[] content, String... headers)
			throws IOException, InterruptedException {
		String boundary = "----ledger-" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return send(
				HttpRequest.newBuilder(URI.create(this.base + path))
					.headers((headers.length > 0) ? headers : new String[] { "Accept", "text/html" })
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * The same browser sending its requests to another address, e.g. another instance of
	 * the application behind the same load balancer.
	 */
	public BenchSession at(String otherBase) {
		BenchSession elsewhere = new BenchSession(this.client, otherBase);
		elsewhere.cookie = this.cookie;
		return elsewhere;
	}

	/** The session cookie, as a {@code Cookie} header's value. */
	public String cookie() {
		return this.cookie;
	}

	/** The CSRF token of the page at {@code path}. */
	public String csrf(String path) throws IOException, InterruptedException {
		return find(CSRF, get(path).body());
	}

	public HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
			throws IOException, InterruptedException {
		if (this.cookie != null) {
			request.header("Cookie", this.cookie);
		}
		HttpResponse<T> response = this.client.send(request.timeout(Duration.ofSeconds(120)).build(), body);
		response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("SESSION="))
			.findFirst()
			.ifPresent((c) -> this.cookie = c.substring(0, c.indexOf(';')));
		return response;
	}

	public static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	public static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + pattern + " in the page");
		}
		return matcher.group(1);
	}

}
