package cn.laoling.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.laoling.ledger.web.support.ApplicationProcess;

/**
 * A PostgreSQL installed on this machine with its own {@code pg_dump} and
 * {@code pg_restore}: the newest of {@code LEDGER_POSTGRES_BIN}, Debian's
 * {@code /usr/lib/postgresql/N/bin} and RHEL's {@code /usr/pgsql-N/bin}. The embedded
 * PostgreSQL of the demo and the tests brings only the server, and {@code pg_dump} must
 * be at least as new as the server it dumps, so a restore drill runs a server of the same
 * installation as its tools.
 */
final class PostgresInstallation {

	static final String VARIABLE = "LEDGER_POSTGRES_BIN";

	private static final List<String> TOOLS = List.of("initdb", "postgres", "pg_dump", "pg_restore");

	private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

	private final Path bin;

	private final int major;

	private PostgresInstallation(Path bin, int major) {
		this.bin = bin;
		this.major = major;
	}

	static Optional<PostgresInstallation> newest() throws IOException, InterruptedException {
		List<Path> candidates = new ArrayList<>();
		String named = System.getenv(VARIABLE);
		if (named != null && !named.isBlank()) {
			candidates.add(Path.of(named));
		}
		for (String parent : List.of("/usr/lib/postgresql", "/usr")) {
			Path directory = Path.of(parent);
			if (Files.isDirectory(directory)) {
				try (Stream<Path> children = Files.list(directory)) {
					children
						.filter((child) -> parent.equals("/usr/lib/postgresql")
								|| child.getFileName().toString().startsWith("pgsql-"))
						.map((child) -> child.resolve("bin"))
						.forEach(candidates::add);
				}
			}
		}
		List<PostgresInstallation> found = new ArrayList<>();
		for (Path bin : candidates) {
			if (TOOLS.stream().allMatch((tool) -> Files.isExecutable(bin.resolve(tool)))) {
				Matcher version = VERSION.matcher(output(List.of(bin.resolve("pg_dump").toString(), "--version")));
				if (version.find()) {
					found.add(new PostgresInstallation(bin, Integer.parseInt(version.group(1))));
				}
			}
		}
		return found.stream().max(Comparator.comparingInt((installation) -> installation.major));
	}

	int major() {
		return this.major;
	}

	/**
	 * A new cluster in {@code directory} on a free port of 127.0.0.1, superuser
	 * {@code postgres}, trusted (it is thrown away with the directory). As root the
	 * server runs in a user namespace of its own, as the embedded one does, since
	 * PostgreSQL refuses to run as root.
	 */
	Server start(Path directory) throws IOException, InterruptedException, SQLException {
		Path data = directory.resolve("data");
		Files.createDirectories(directory);
		run(directory, "initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale",
				"--no-sync");
		int port = ApplicationProcess.freePort();
		Process server = new ProcessBuilder(command("postgres", "-D", data.toString(), "-p", Integer.toString(port),
				"-k", directory.toString(), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"))
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("server.log").toFile())
			.start();
		Server started = new Server(this, directory, server, port);
		started.awaitReady();
		return started;
	}

	private List<String> command(String tool, String... arguments) {
		List<String> command = new ArrayList<>();
		if ("root".equals(System.getProperty("user.name"))) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.add(this.bin.resolve(tool).toString());
		command.addAll(List.of(arguments));
		return command;
	}

	/** Runs one of the installation's programs to its end; fails with its output. */
	String run(Path directory, String tool, String... arguments) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command(tool, arguments)).directory(directory.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(tool + " " + String.join(" ", arguments) + " failed:\n" + output);
		}
		return output;
	}

	private static String output(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(30, TimeUnit.SECONDS);
		return output;
	}

	/** A running server of the installation, stopped when closed. */
	static final class Server implements AutoCloseable {

		private final PostgresInstallation installation;

		private final Path directory;

		private final Process process;

		private final int port;

		private Server(PostgresInstallation installation, Path directory, Process process, int port) {
			this.installation = installation;
			this.directory = directory;
			this.process = process;
			this.port = port;
		}

		String url(String database) {
			return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
		}

		/** Runs statements as {@code postgres} on the database, each on its own. */
		void execute(String database, String... statements) throws SQLException {
			try (Connection connection = DriverManager.getConnection(url(database), "postgres", "");
					Statement statement = connection.createStatement()) {
				for (String sql : statements) {
					statement.execute(sql);
				}
			}
		}

		/**
		 * Runs a client program ({@code pg_dump}, {@code pg_restore}) against this server
		 * as {@code postgres}, the connection options first.
		 */
		String client(String tool, String... arguments) throws IOException, InterruptedException {
			List<String> all = new ArrayList<>(
					List.of("-h", "127.0.0.1", "-p", Integer.toString(this.port), "-U", "postgres"));
			all.addAll(List.of(arguments));
			return this.installation.run(this.directory, tool, all.toArray(String[]::new));
		}

		private void awaitReady() throws InterruptedException, SQLException {
			long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (true) {
				try {
					execute("postgres", "select 1");
					return;
				}
				catch (SQLException notYet) {
					if (!this.process.isAlive() || System.nanoTime() > end) {
						throw notYet;
					}
					Thread.sleep(200);
				}
			}
		}

		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}

	}

}
