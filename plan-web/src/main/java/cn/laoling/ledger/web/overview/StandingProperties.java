package cn.laoling.ledger.web.overview;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code ledger.standings.*}: when the overview's kept standings are judged again for the
 * new day.
 *
 * @param cron the schedule, in {@code ledger.time-zone}; {@code -} turns it off (the
 * first overview of the day then judges its plans itself)
 */
@ConfigurationProperties("ledger.standings")
@Validated
public record StandingProperties(@DefaultValue(StandingProperties.DEFAULT_CRON) @NotBlank String cron) {

	/** 00:05 every day; {@link StandingJob}'s schedule falls back to it too. */
	public static final String DEFAULT_CRON = "0 5 0 * * *";

}
