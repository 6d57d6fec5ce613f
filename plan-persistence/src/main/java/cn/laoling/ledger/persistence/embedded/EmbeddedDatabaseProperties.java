package cn.laoling.ledger.persistence.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.embedded-db.*}: the embedded PostgreSQL that runs when no database is
 * configured.
 *
 * @param directory its data directory, relative to the working directory
 * @param port its port on 127.0.0.1; 0 picks a free one
 * @param watchInterval how often the application looks whether the server still runs, and
 * starts it again if not
 */
@ConfigurationProperties("ledger.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path directory, @DefaultValue("0") int port,
		@DefaultValue("2s") Duration watchInterval) {

	public EmbeddedDatabaseProperties {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException(
					"ledger.embedded-db.port must be 0 (any free port) to 65535, was " + port);
		}
		if (watchInterval.isNegative() || watchInterval.isZero()) {
			throw new IllegalArgumentException(
					"ledger.embedded-db.watch-interval must be positive, was " + watchInterval);
		}
	}

}
