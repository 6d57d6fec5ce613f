package cn.laoling.ledger.persistence.embedded;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The production jar carries no embedded PostgreSQL (decision 6). Started without a
 * configured database it stops before any bean is made, saying what to set, rather than
 * failing later on a missing class or a data source without a URL.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
@ConditionalOnMissingClass(EmbeddedDatabaseMissing.LIBRARY)
public class EmbeddedDatabaseMissing {

	/**
	 * The embedded PostgreSQL's entry point; the demo's classpath has it, the jar not.
	 */
	static final String LIBRARY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	static final String MESSAGE = "No database is configured, and this build of the application carries no embedded "
			+ "PostgreSQL: set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD "
			+ "(with SPRING_PROFILES_ACTIVE=prod, see docs/operations.md), or run the demo from the source tree "
			+ "with ./mvnw spring-boot:run";

	@Bean
	static BeanFactoryPostProcessor refuseToStartWithoutDatabase() {
		return (beanFactory) -> {
			throw new IllegalStateException(MESSAGE);
		};
	}

}
