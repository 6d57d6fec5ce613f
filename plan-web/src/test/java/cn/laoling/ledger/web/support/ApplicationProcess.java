package cn.laoling.ledger.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own, as an operator starts it: from the built jar or
 * from this test run's classpath, on a port of its own, its output in a file. For what
 * one JVM cannot show: the artifact itself, a process killed outright.
 */
public final class ApplicationProcess implements AutoCloseable {

	private static final String MAIN = "cn.laoling.ledger.LedgerApplication";

	private final Process process;

	private final Path output;

	private final int port;

	private final int managementPort;

	private ApplicationProcess(Process process, Path output, int port, int managementPort) {
		this.process = process;
		this.output = output;
		this.port = port;
		this.managementPort = managementPort;
	}

	/**
	 * {@code java -jar jar}, in {@code directory}, with the environment and arguments.
	 */
	public static ApplicationProcess fromJar(Path jar, Path directory, Map<String, String> environment,
			String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of("-jar", jar.toAbsolutePath().toString()));
		return start(command, null, directory, environment, arguments);
	}

	/** The application's main class on this test run's classpath (the demo's). */
	public static ApplicationProcess fromClasspath(Path directory, Map<String, String> environment, String... arguments)
			throws IOException {
		return start(new ArrayList<>(List.of(MAIN)), System.getProperty("java.class.path"), directory, environment,
				arguments);
	}

	private static ApplicationProcess start(List<String> command, String classpath, Path directory,
			Map<String, String> environment, String... arguments) throws IOException {
		int port = freePort();
		int managementPort = freePort();
		List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
		line.addAll(command);
		line.add("--server.port=" + port);
		// the actuator on a port of its own, as in production (where it is 8081)
		line.add("--management.server.port=" + managementPort);
		line.addAll(List.of(arguments));
		Files.createDirectories(directory);
		Path output = Files.createTempFile(directory.getParent(), "application-", ".log");
		ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		if (classpath != null) {
			builder.environment().put("CLASSPATH", classpath);
		}
		builder.environment().putAll(environment);
		return new ApplicationProcess(builder.start(), output, port, managementPort);
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code http://127.0.0.1:port}. */
	public String base() {
		return "http://127.0.0.1:" + this.port;
	}

	public long pid() {
		return this.process.pid();
	}

	/**
	 * Waits until readiness ({@code /actuator/health/readiness} on the management port)
	 * answers UP, as a load balancer would; fails with the end of the application's
	 * output when it stops first or takes longer than {@code timeout}.
	 */
	public void awaitUp(Duration timeout) throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"the application stopped with " + this.process.exitValue() + ":\n" + tail());
			}
			try {
				HttpResponse<String> health = client.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the application was not up within " + timeout + ":\n" + tail());
	}

	/** Waits for the process to end by itself: its exit status. */
	public int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("the application still runs after " + timeout + ":\n" + tail());
		}
		return this.process.exitValue();
	}

	/** Everything the application wrote so far. */
	public String output() {
		try {
			return Files.readString(this.output, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String tail() {
		String all = output();
		return all.substring(Math.max(0, all.length() - 4000));
	}

	/** SIGKILL: the JVM ends at once, without its shutdown hooks, as in a power cut. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/** Stops it as an operator would (SIGTERM), forcibly after 30 seconds. */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			kill();
		}
	}

}
