package cn.laoling.ledger.web.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's requests over real HTTP from a source address of the test's choosing
 * (anywhere in 127.0.0.0/8, which the loopback interface answers for), so that tests of
 * what the server does per address do not share one. HTTP/1.0 and one connection per
 * request keep it small.
 */
public final class LoopbackClient {

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;\\s]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final InetAddress from;

	private final int port;

	private LoopbackClient(InetAddress from, int port) {
		this.from = from;
		this.port = port;
	}

	/** A client from an address of its own, unlikely to be any other test's. */
	public static LoopbackClient fromAnAddressOfItsOwn(int port) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		byte[] address = { 127, (byte) random.nextInt(1, 255), (byte) random.nextInt(1, 255),
				(byte) random.nextInt(1, 255) };
		try {
			return new LoopbackClient(InetAddress.getByAddress(address), port);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String address() {
		return this.from.getHostAddress();
	}

	public Response get(String path, String session) throws IOException {
		return send("GET " + path + " HTTP/1.0\r\n" + cookie(session) + "\r\n");
	}

	public Response post(String path, String session, Map<String, String> form) throws IOException {
		String body = form.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return send("POST " + path + " HTTP/1.0\r\n" + cookie(session)
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length + "\r\n\r\n"
				+ body);
	}

	/** The login page as a new visitor gets it: a session and its form token. */
	public Page loginPage() throws IOException {
		Response page = get("/login", null);
		return new Page(page.session().orElseThrow(), page.csrf());
	}

	private Response send(String request) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(this.from, 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 10_000);
			socket.setSoTimeout(180_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return Response.parse(answer.toString(StandardCharsets.UTF_8));
		}
	}

	private String cookie(String session) {
		return "Host: localhost:" + this.port + "\r\n"
				+ ((session != null) ? "Cookie: SESSION=" + session + "\r\n" : "");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A session and the form token of a page shown in it. */
	public record Page(String session, String csrf) {
	}

	/** The status, the headers as one text, and the body of an answer. */
	public record Response(int status, String headers, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String head = (end < 0) ? raw : raw.substring(0, end);
			String body = (end < 0) ? "" : raw.substring(end + 4);
			int status = Integer.parseInt(head.substring(head.indexOf(' ') + 1, head.indexOf(' ') + 4));
			return new Response(status, head, body);
		}

		public Optional<String> location() {
			return head("Location");
		}

		/** The new session id the answer sets, if any. */
		public Optional<String> session() {
			Matcher matcher = SESSION.matcher(this.headers);
			return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
		}

		public String csrf() {
			Matcher matcher = CSRF.matcher(this.body);
			if (!matcher.find()) {
				throw new IllegalStateException("no form token in " + this.status + " " + this.body);
			}
			return matcher.group(1);
		}

		private Optional<String> head(String name) {
			return this.headers.lines()
				.filter((line) -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
				.map((line) -> line.substring(name.length() + 1).strip())
				.findFirst();
		}

	}

}
