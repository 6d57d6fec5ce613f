package cn.laoling.ledger.web.reminder;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code ledger.reminders.*}: the daily reminders and the sender of every e-mail the
 * application sends.
 *
 * @param cron when the daily reminders run, in {@code ledger.time-zone}; {@code -} turns
 * the schedule off
 * @param leadDays how many working days before a due date units are reminded, 0 to 30
 * @param mailFrom the sender address of reminders and hand-off mail; without it (or
 * without {@code spring.mail.host}) no mail is sent
 */
@ConfigurationProperties("ledger.reminders")
@Validated
public record ReminderProperties(@DefaultValue(ReminderProperties.DEFAULT_CRON) @NotBlank String cron,
		@DefaultValue("5") @Min(0) @Max(ReminderProperties.MAX_LEAD_DAYS) int leadDays, @Email String mailFrom) {

	/**
	 * 30 working days are about 42 calendar days, within the 45 days a run looks ahead
	 * ({@link ReminderService}); a longer lead time would miss due dates.
	 */
	static final int MAX_LEAD_DAYS = 30;

	/** 07:30 every day; {@link ReminderJob}'s schedule falls back to it too. */
	public static final String DEFAULT_CRON = "0 30 7 * * *";

	public ReminderProperties {
		mailFrom = (mailFrom == null) ? "" : mailFrom.strip();
	}

}
