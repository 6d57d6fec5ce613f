package cn.laoling.ledger.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

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

	private final String username;

	private TestDatabase(String url, String username) {
		this.url = url;
		this.username = username;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			String server = System.getenv(SERVER_URL_VARIABLE);
			instance = (server != null && !server.isBlank()) ? throwAwayOn(server) : embedded();
		}
		return instance;
	}

	public String url() {
		return this.url;
	}

	public String username() {
		return this.username;
	}

	private static TestDatabase embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the embedded PostgreSQL for the tests", ex);
		}
	}

	private static TestDatabase throwAwayOn(String serverUrl) {
		String name = "ledger_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(serverUrl, "create database " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute(serverUrl, "drop database if exists " + name + " with (force)")));
		String query = serverUrl.contains("?") ? serverUrl.substring(serverUrl.indexOf('?')) : "";
		String base = serverUrl.contains("?") ? serverUrl.substring(0, serverUrl.indexOf('?')) : serverUrl;
		String url = base.substring(0, base.lastIndexOf('/') + 1) + name + query;
		String user = query.replaceAll(".*[?&]user=([^&]*).*", "$1");
		return new TestDatabase(url, user.equals(query) ? "postgres" : user);
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not run '" + sql + "' on " + url, ex);
		}
	}

}
