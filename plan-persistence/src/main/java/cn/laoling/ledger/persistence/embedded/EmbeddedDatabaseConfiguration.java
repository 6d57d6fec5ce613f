package cn.laoling.ledger.persistence.embedded;

import java.io.IOException;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import cn.laoling.ledger.persistence.DatabaseRoles;

/**
 * Without a configured database the application runs on a real PostgreSQL unpacked from
 * Maven Central, keeping its data under {@code data/} between runs
 * ({@link EmbeddedServer}). As in production, the migrations run as the owner and the
 * application connects as its own role, both by password; the pool takes the same
 * {@code spring.datasource.hikari.*} settings as a configured database's. Only where the
 * library is on the classpath (the demo run and the tests, not the production jar:
 * {@link EmbeddedDatabaseMissing}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
@ConditionalOnClass(name = EmbeddedDatabaseMissing.LIBRARY)
public class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(EmbeddedDatabaseProperties properties) throws IOException, SQLException {
		EmbeddedServer server = EmbeddedServer.start(properties.directory(), properties.port(),
				properties.watchInterval());
		log.info("Embedded PostgreSQL in {} listening on 127.0.0.1 port {}", properties.directory().toAbsolutePath(),
				server.port());
		return server;
	}

	@Bean
	@Primary
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.url());
		dataSource.setUsername(DatabaseRoles.DEFAULT_APP_ROLE);
		dataSource.setPassword(server.appPassword());
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	@Bean(defaultCandidate = false)
	@FlywayDataSource
	DataSource migrationDataSource(EmbeddedServer server) {
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource();
		dataSource.setDriverClass(org.postgresql.Driver.class);
		dataSource.setUrl(server.url());
		dataSource.setUsername(EmbeddedServer.OWNER);
		dataSource.setPassword(server.ownerPassword());
		return dataSource;
	}

}
