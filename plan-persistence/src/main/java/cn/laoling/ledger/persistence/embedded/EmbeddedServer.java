package cn.laoling.ledger.persistence.embedded;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.laoling.ledger.persistence.DatabaseRoles;

/**
 * The embedded PostgreSQL of the demo, run as a database that keeps what it acknowledged:
 * fsync and synchronous commit on, listening on the loopback address only, and every
 * login by password (scram-sha-256, no {@code trust}). The passwords are generated once
 * per data directory and kept in it, readable by its owner only. A directory made before
 * (trust for everyone) is converted at its first start. When the server dies, a watchdog
 * starts it again on the same directory and port, so the application's pool reconnects by
 * itself.
 */
public final class EmbeddedServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

	/** The schema owner, who runs the migrations. */
	public static final String OWNER = "postgres";

	static final String SECRETS = "ledger-passwords.properties";

	static final String HBA = """
			# Written by the application (EmbeddedServer): every login by password, from this machine only.
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	private final Path directory;

	private final int port;

	private final Properties secrets;

	private final ScheduledExecutorService watchdog;

	private volatile EmbeddedPostgres postgres;

	private volatile boolean closed;

	private EmbeddedServer(Path directory, int port, Properties secrets) {
		this.directory = directory;
		this.port = port;
		this.secrets = secrets;
		this.watchdog = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "embedded-postgres-watchdog");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Starts the server in the directory (created and initialised when new), on the port
	 * or a free one when {@code port} is 0, and keeps it running until closed, looking
	 * every two seconds.
	 */
	public static EmbeddedServer start(Path directory, int port) throws IOException, SQLException {
		return start(directory, port, Duration.ofSeconds(2));
	}

	/** As above, looking whether the server still runs every {@code watchInterval}. */
	public static EmbeddedServer start(Path directory, int port, Duration watchInterval)
			throws IOException, SQLException {
		Files.createDirectories(directory);
		Optional<Properties> kept = readSecrets(directory);
		boolean secured = kept.isPresent() && hbaIsOurs(directory);
		if (kept.isEmpty() && hbaIsOurs(directory)) {
			throw new IllegalStateException("The embedded database in " + directory.toAbsolutePath()
					+ " asks for passwords but its password file " + SECRETS
					+ " is missing: restore it from a backup of the directory, or delete the directory to start afresh");
		}
		Properties secrets = kept.orElseGet(EmbeddedServer::newSecrets);
		EmbeddedServer server = new EmbeddedServer(directory, port, secrets);
		server.postgres = server.launch(port);
		if (!secured) {
			server.secure();
		}
		server.watchdog.scheduleWithFixedDelay(server::restartIfDown, watchInterval.toMillis(),
				watchInterval.toMillis(), TimeUnit.MILLISECONDS);
		return server;
	}

	public int port() {
		return this.postgres.getPort();
	}

	public Path directory() {
		return this.directory;
	}

	/** Address of the database, without a user. */
	public String url() {
		return "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
	}

	public String ownerPassword() {
		return this.secrets.getProperty(OWNER);
	}

	public String appPassword() {
		return this.secrets.getProperty(DatabaseRoles.DEFAULT_APP_ROLE);
	}

	/** Process id of the running postmaster, from its pid file. */
	public Optional<Long> postmasterPid() {
		try {
			List<String> lines = Files.readAllLines(this.directory.resolve("postmaster.pid"));
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	boolean isRunning() {
		return postmasterPid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
	}

	/** The watchdog's round: a dead server is started again, on the same port. */
	synchronized void restartIfDown() {
		if (this.closed || isRunning()) {
			return;
		}
		log.warn("The embedded PostgreSQL in {} is not running; starting it again on port {}",
				this.directory.toAbsolutePath(), port());
		int samePort = port();
		try {
			this.postgres.close();
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Closing the dead server: {}", ex.getMessage());
		}
		try {
			this.postgres = launch(samePort);
			log.info("Embedded PostgreSQL in {} listening again on port {}", this.directory.toAbsolutePath(), samePort);
		}
		catch (IOException | RuntimeException ex) {
			// backends of the killed server may still hold its shared memory: next round
			log.warn("Could not start the embedded PostgreSQL again yet: {}", ex.getMessage());
		}
	}

	@Override
	public synchronized void close() throws IOException {
		this.closed = true;
		this.watchdog.shutdownNow();
		this.postgres.close();
	}

	private EmbeddedPostgres launch(int port) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(this.directory)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "50")
			// the library's defaults trade durability for speed (-F, synchronous_commit
			// off)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setConnectConfig("password", ownerPassword());
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	/**
	 * Gives both login roles their passwords, keeps them in the directory, then lets only
	 * password logins in. Until the reload at the end the directory's old rules apply.
	 */
	private void secure() throws SQLException, IOException {
		try (Connection connection = DriverManager.getConnection(url(), OWNER, ownerPassword());
				Statement statement = connection.createStatement()) {
			statement.execute(DatabaseRoles.createIfMissing(DatabaseRoles.DEFAULT_APP_ROLE,
					DatabaseRoles.DEFAULT_AUDIT_PURGE_ROLE));
			setPassword(connection, OWNER, ownerPassword());
			setPassword(connection, DatabaseRoles.DEFAULT_APP_ROLE, appPassword());
			writeSecrets(this.directory, this.secrets);
			writeOwnerOnly(this.directory.resolve("pg_hba.conf"), HBA);
			statement.execute("select pg_reload_conf()");
		}
		log.info("Embedded PostgreSQL in {} now asks every login for its password (kept in {})",
				this.directory.toAbsolutePath(), SECRETS);
	}

	private static void setPassword(Connection connection, String role, String password) throws SQLException {
		// ALTER ROLE takes no bind parameters; quote_literal builds the statement safely
		try (PreparedStatement quote = connection
			.prepareStatement("select format('alter role %I password %L', ?::text, ?::text)")) {
			quote.setString(1, role);
			quote.setString(2, password);
			try (var result = quote.executeQuery(); Statement alter = connection.createStatement()) {
				result.next();
				alter.execute(result.getString(1));
			}
		}
	}

	private static Properties newSecrets() {
		Properties secrets = new Properties();
		secrets.setProperty(OWNER, randomPassword());
		secrets.setProperty(DatabaseRoles.DEFAULT_APP_ROLE, randomPassword());
		return secrets;
	}

	private static String randomPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	static Optional<Properties> readSecrets(Path directory) throws IOException {
		Path file = directory.resolve(SECRETS);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		Properties secrets = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			secrets.load(reader);
		}
		return Optional.of(secrets);
	}

	private static void writeSecrets(Path directory, Properties secrets) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Writer writer = new java.io.StringWriter()) {
			secrets.store(writer, "Passwords of the embedded database's login roles. Keep this file private.");
			text.append(writer);
		}
		writeOwnerOnly(directory.resolve(SECRETS), text.toString());
	}

	/** Written beside, readable by the owner only, then moved into place in one step. */
	private static void writeOwnerOnly(Path file, String content) throws IOException {
		Path temporary = file.resolveSibling(file.getFileName() + ".new");
		Files.deleteIfExists(temporary);
		try {
			Files.createFile(temporary,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(temporary);
		}
		Files.writeString(temporary, content, StandardCharsets.UTF_8);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	static boolean hbaIsOurs(Path directory) {
		try {
			Path hba = directory.resolve("pg_hba.conf");
			return Files.exists(hba) && Files.readString(hba).equals(HBA);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
