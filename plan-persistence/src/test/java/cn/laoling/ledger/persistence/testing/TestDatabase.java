package cn.laoling.ledger.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import cn.laoling.ledger.persistence.DatabaseRoles;

/**
 * The one real PostgreSQL database the tests of this JVM share. With
 * {@code LEDGER_TEST_DATABASE_URL} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) a throw-away database
 * is created on that server and dropped at exit; without it an embedded PostgreSQL is
 * started in a temporary directory.
 */
public final class TestDatabase {

	public static final String SERVER_URL_VARIABLE = "LEDGER_TEST_DATABASE_URL";

	private static TestDatabase instance;

	private final String url;

	private final String owner;

	private TestDatabase(String url, String owner) {
		this.url = url;
		this.owner = owner;
		execute(url, owner,
				DatabaseRoles.createIfMissing(DatabaseRoles.DEFAULT_APP_ROLE, DatabaseRoles.DEFAULT_AUDIT_PURGE_ROLE));
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			String server = System.getenv(SERVER_URL_VARIABLE);
			instance = (server != null && !server.isBlank()) ? throwAwayOn(server) : embedded();
		}
		return instance;
	}

	/**
	 * The database's address, without a user: the application and the migrations log in
	 * differently.
	 */
	public String url() {
		return this.url;
	}

	/** The role that owns the schema and runs the migrations. */
	public String owner() {
		return this.owner;
	}

	/** The role the application connects as. */
	public String appRole() {
		return DatabaseRoles.DEFAULT_APP_ROLE;
	}

	/**
	 * Runs statements as the owner, in order on one connection: for tests that must go
	 * behind the app's back.
	 */
	public void executeAsOwner(String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url, this.owner, "");
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static TestDatabase embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			return new TestDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the embedded PostgreSQL for the tests", ex);
		}
	}

	private static TestDatabase throwAwayOn(String serverUrl) {
		String name = "ledger_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String query = serverUrl.contains("?") ? serverUrl.substring(serverUrl.indexOf('?') + 1) : "";
		String base = serverUrl.contains("?") ? serverUrl.substring(0, serverUrl.indexOf('?')) : serverUrl;
		String user = query.matches("(.*&)?user=[^&]+.*") ? query.replaceAll("(.*&)?user=([^&]+).*", "$2") : "postgres";
		String serverDatabase = base;
		execute(serverDatabase, user, "create database " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(
					() -> execute(serverDatabase, user, "drop database if exists " + name + " with (force)")));
		return new TestDatabase(base.substring(0, base.lastIndexOf('/') + 1) + name, user);
	}

	private static void execute(String url, String user, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not run '" + sql + "' on " + url, ex);
		}
	}

}
