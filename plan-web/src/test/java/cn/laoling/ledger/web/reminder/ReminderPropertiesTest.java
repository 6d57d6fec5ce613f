package cn.laoling.ledger.web.reminder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * {@code ledger.reminders.*} as an operator writes them: unset, the common practice; a
 * value the reminders cannot work with stops the start with a message naming the setting.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReminderPropertiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void withoutSettingsRemindersGoFiveWorkingDaysAheadAt0730WithoutMail() {
		this.context.run((c) -> assertThat(c.getBean(ReminderProperties.class))
			.isEqualTo(new ReminderProperties("0 30 7 * * *", 5, "")));
	}

	@Test
	void aSenderThatIsNoAddressStopsTheStart() {
		this.context.withPropertyValues("ledger.reminders.mail-from=laoling office")
			.run((c) -> assertThat(c).hasFailed());
	}

	@Test
	void aLeadTimeBeyondWhatARunLooksAheadStopsTheStartNamingTheSetting(CapturedOutput output) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE)
			.properties("ledger.reminders.lead-days=31", "spring.main.banner-mode=off")
			.run());

		assertThat(output).contains("APPLICATION FAILED TO START", "Origin: \"ledger.reminders.lead-days\"",
				"Value: \"31\"", "Reason: must be less than or equal to 30");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ReminderProperties.class)
	static class Settings {

	}

}
