package cn.laoling.ledger.persistence.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import cn.laoling.ledger.persistence.DatabaseRoles;

/**
 * Without a configured database the application runs on a real PostgreSQL unpacked from
 * Maven Central, keeping its data under {@code data/} between runs. As in production, the
 * migrations run as the owner and the application connects as its own role.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
public class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	private static final String OWNER = "postgres";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${ledger.embedded-db.directory:data/postgres}") Path directory,
			@Value("${ledger.embedded-db.port:0}") int port) throws IOException, SQLException {
		Files.createDirectories(directory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "50");
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(DatabaseRoles.createIfMissing(DatabaseRoles.DEFAULT_APP_ROLE,
					DatabaseRoles.DEFAULT_AUDIT_PURGE_ROLE));
		}
		log.info("Embedded PostgreSQL in {} listening on port {}", directory.toAbsolutePath(), postgres.getPort());
		return postgres;
	}

	@Bean
	@Primary
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url(postgres));
		dataSource.setUsername(DatabaseRoles.DEFAULT_APP_ROLE);
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	@Bean(defaultCandidate = false)
	@FlywayDataSource
	DataSource migrationDataSource(EmbeddedPostgres postgres) {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource();
		dataSource.setDriverClass(org.postgresql.Driver.class);
		dataSource.setUrl(url(postgres));
		dataSource.setUsername(OWNER);
		return dataSource;
	}

	private static String url(EmbeddedPostgres postgres) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
	}

}
