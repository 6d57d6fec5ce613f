package cn.laoling.ledger.web.plan;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import cn.laoling.ledger.report.LightRules;

import static org.assertj.core.api.Assertions.assertThat;

/** The office's own thresholds for the lights, or the common rule without them. */
class LightRulesConfigurationTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(LightRulesConfiguration.class);

	@Test
	void withoutSettingsTheCommonRuleHolds() {
		this.context.run((c) -> assertThat(c.getBean(LightRules.class)).isEqualTo(LightRules.DEFAULT));
	}

	@Test
	void anOfficeSetsItsOwnThresholds() {
		this.context.withPropertyValues("ledger.lights.yellow-from=5", "ledger.lights.red-from=20")
			.run((c) -> assertThat(c.getBean(LightRules.class)).isEqualTo(new LightRules(5, 20, 10)));
	}

	@Test
	void thresholdsOutOfOrderStopTheApplicationFromStarting() {
		this.context.withPropertyValues("ledger.lights.yellow-from=40", "ledger.lights.red-from=20")
			.run((c) -> assertThat(c).hasFailed());
	}

	@Test
	void aThresholdBeyondAHundredPointsStopsTheApplicationFromStarting() {
		this.context.withPropertyValues("ledger.lights.red-from=130")
			.run((c) -> assertThat(c).getFailure().rootCause().hasMessageContaining("redFrom"));
	}

}
