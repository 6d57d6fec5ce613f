package cn.laoling.ledger.web.demo;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo data and demo accounts belong to the zero-configuration run only. */
class DemoModeTest {

	@Test
	void aRunWithoutAnyDatabaseConfiguredIsTheDemo() {
		assertThat(DemoMode.isOn(new MockEnvironment())).isTrue();
	}

	@Test
	void aConfiguredDatabaseIsNotTheDemo() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db:5432/ledger");

		assertThat(DemoMode.isOn(environment)).isFalse();
	}

	@Test
	void theProdProfileIsNeverTheDemo() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");

		assertThat(DemoMode.isOn(environment)).isFalse();
	}

	@Test
	void theTestsAskForTheDemoDataExplicitly() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://localhost/test")
			.withProperty("ledger.demo-data.enabled", "true");

		assertThat(DemoMode.isOn(environment)).isTrue();
	}

}
