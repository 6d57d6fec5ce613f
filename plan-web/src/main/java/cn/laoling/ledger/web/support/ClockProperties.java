package cn.laoling.ledger.web.support;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.time-zone}: the time zone of "today" (overdue flags, 序时进度) and of the
 * daily jobs' schedules.
 *
 * @param timeZone a zone id such as {@code Asia/Shanghai}
 */
@ConfigurationProperties("ledger")
public record ClockProperties(@DefaultValue(ClockProperties.DEFAULT_TIME_ZONE) ZoneId timeZone) {

	/**
	 * China Standard Time; also the zone the daily jobs' {@code @Scheduled} falls back
	 * to.
	 */
	public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

}
