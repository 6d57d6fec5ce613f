package cn.laoling.ledger.web.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.laoling.ledger.LedgerApplication;

/**
 * The application started by a benchmark in its own JVM, on a fresh embedded PostgreSQL
 * in {@code directory} (deleted first), on a free port, logging only warnings.
 */
public final class BenchApplication {

	private BenchApplication() {
	}

	public static ConfigurableApplicationContext fresh(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		return new SpringApplicationBuilder(LedgerApplication.class)
			.properties("server.port=0", "ledger.embedded-db.directory=" + directory, "logging.level.root=WARN",
					"logging.level.cn.laoling=WARN")
			.run();
	}

	public static int port(ConfigurableApplicationContext app) {
		return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

}
