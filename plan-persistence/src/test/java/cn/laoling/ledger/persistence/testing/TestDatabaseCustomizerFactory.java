package cn.laoling.ledger.persistence.testing;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the {@link TestDatabase}, with the demo data, so
 * that no test runs on anything but a real PostgreSQL.
 */
public class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new TestDatabaseCustomizer();
	}

	private static final class TestDatabaseCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestDatabase database = TestDatabase.get();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("testDatabase",
						Map.of("spring.datasource.url", database.url(), "spring.datasource.username",
								database.appRole(), "spring.datasource.password", "", "spring.flyway.user",
								database.owner(), "spring.flyway.password", "", "spring.test.database.replace", "none",
								"ledger.demo-data.enabled", "true")));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestDatabaseCustomizer;
		}

		@Override
		public int hashCode() {
			return TestDatabaseCustomizer.class.hashCode();
		}

	}

}
