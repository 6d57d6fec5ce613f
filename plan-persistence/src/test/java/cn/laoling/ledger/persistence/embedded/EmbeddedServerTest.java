package cn.laoling.ledger.persistence.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.laoling.ledger.persistence.DatabaseRoles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The demo's embedded database as an attacker and a crash find it: it keeps what it
 * acknowledged, lets nobody in without the password, listens on the loopback address
 * only, comes back by itself after being killed, and converts a data directory made by an
 * earlier version (trust for everyone) without losing its data.
 */
class EmbeddedServerTest {

	@TempDir
	Path temporary;

	@Test
	void runsDurablyOnLoopbackAndAsksEveryLoginForItsPassword() throws Exception {
		Path directory = this.temporary.resolve("postgres");
		try (EmbeddedServer server = EmbeddedServer.start(directory, 0)) {
			try (Connection owner = DriverManager.getConnection(server.url(), EmbeddedServer.OWNER,
					server.ownerPassword())) {
				assertThat(setting(owner, "fsync")).isEqualTo("on");
				assertThat(setting(owner, "synchronous_commit")).isEqualTo("on");
				assertThat(setting(owner, "full_page_writes")).isEqualTo("on");
				assertThat(setting(owner, "listen_addresses")).isEqualTo("127.0.0.1");
				assertThat(single(owner, "select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'"))
					.as("rules that let anyone in without a password")
					.isEqualTo("0");
			}
			awaitRefused(server.url(), EmbeddedServer.OWNER, "");
			awaitRefused(server.url(), EmbeddedServer.OWNER, "wrong");
			awaitRefused(server.url(), DatabaseRoles.DEFAULT_APP_ROLE, "");
			try (Connection app = DriverManager.getConnection(server.url(), DatabaseRoles.DEFAULT_APP_ROLE,
					server.appPassword())) {
				assertThat(single(app, "select current_user")).isEqualTo(DatabaseRoles.DEFAULT_APP_ROLE);
			}
			assertThat(server.ownerPassword()).isNotEqualTo(server.appPassword()).hasSizeGreaterThanOrEqualTo(32);
			assertThat(PosixFilePermissions
				.toString(Files.getPosixFilePermissions(directory.resolve(EmbeddedServer.SECRETS))))
				.as("the password file is the owner's alone")
				.isEqualTo("rw-------");
		}
		try (EmbeddedServer again = EmbeddedServer.start(directory, 0)) {
			try (Connection owner = DriverManager.getConnection(again.url(), EmbeddedServer.OWNER,
					again.ownerPassword())) {
				assertThat(single(owner, "select 1")).as("the same passwords at the next start").isEqualTo("1");
			}
		}
	}

	@Test
	void keepsEveryAcknowledgedCommitAndComesBackByItselfAfterBeingKilled() throws Exception {
		try (EmbeddedServer server = EmbeddedServer.start(this.temporary.resolve("postgres"), 0);
				HikariDataSource pool = pool(server)) {
			try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("create table submission (id int primary key)");
				for (int i = 1; i <= 41; i++) {
					statement.execute("insert into submission values (" + i + ")");
				}
			}

			ProcessHandle.of(server.postmasterPid().orElseThrow()).orElseThrow().destroyForcibly();

			// while it is down a request fails within the pool's timeout instead of
			// hanging
			assertTimeoutPreemptively(Duration.ofSeconds(15),
					() -> assertThatExceptionOfType(SQLException.class).isThrownBy(() -> count(pool)));
			Instant giveUp = Instant.now().plusSeconds(90);
			String counted = null;
			while (counted == null && Instant.now().isBefore(giveUp)) {
				try {
					counted = count(pool);
				}
				catch (SQLException ex) {
					Thread.sleep(500);
				}
			}
			assertThat(counted).as("acknowledged rows once the server is back").isEqualTo("41");
		}
	}

	@Test
	void aDirectoryOfAnEarlierVersionIsConvertedAndKeepsItsData() throws Exception {
		Path directory = this.temporary.resolve("postgres");
		Files.createDirectories(directory);
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.start();
				Connection connection = earlier.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (name text)");
			statement.execute("insert into kept values ('演示数据')");
		}

		try (EmbeddedServer server = EmbeddedServer.start(directory, 0)) {
			try (Connection owner = DriverManager.getConnection(server.url(), EmbeddedServer.OWNER,
					server.ownerPassword())) {
				assertThat(single(owner, "select name from kept")).isEqualTo("演示数据");
			}
			awaitRefused(server.url(), EmbeddedServer.OWNER, "");
		}
	}

	private static HikariDataSource pool(EmbeddedServer server) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(server.url());
		pool.setUsername(DatabaseRoles.DEFAULT_APP_ROLE);
		pool.setPassword(server.appPassword());
		// as application.properties sets it
		pool.setConnectionTimeout(3000);
		pool.setValidationTimeout(1000);
		pool.addDataSourceProperty("connectTimeout", "3");
		try (Connection connection = DriverManager.getConnection(server.url(), EmbeddedServer.OWNER,
				server.ownerPassword()); Statement statement = connection.createStatement()) {
			statement.execute("grant create on schema public to " + DatabaseRoles.DEFAULT_APP_ROLE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return pool;
	}

	private static String count(HikariDataSource pool) throws SQLException {
		try (Connection connection = pool.getConnection()) {
			return single(connection, "select count(*) from submission");
		}
	}

	/** Refused once the server has read its new rules (a reload takes a moment). */
	private static void awaitRefused(String url, String user, String password) throws Exception {
		Instant giveUp = Instant.now().plusSeconds(10);
		while (true) {
			try (Connection connection = DriverManager.getConnection(url, user, password)) {
				assertThat(Instant.now()).as(user + " logged in with '" + password + "'").isBefore(giveUp);
				Thread.sleep(200);
			}
			catch (SQLException ex) {
				assertThat(ex.getSQLState()).as(ex.getMessage()).isIn("28P01", "28000", "08004");
				return;
			}
		}
	}

	private static String setting(Connection connection, String name) throws SQLException {
		return single(connection, "select current_setting('" + name + "')");
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

}
