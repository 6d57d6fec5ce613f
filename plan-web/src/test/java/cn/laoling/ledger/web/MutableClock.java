package cn.laoling.ledger.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the test moves forward, standing in for the application's clock so that
 * lockouts, password expiry and session limits can be tested without waiting.
 */
public final class MutableClock extends Clock {

	private volatile Instant now;

	private final ZoneId zone;

	private MutableClock(Instant start, ZoneId zone) {
		this.now = start;
		this.zone = zone;
	}

	/**
	 * Moves the clock, keeping it to whole microseconds: PostgreSQL rounds an instant to
	 * them, and a time rounded up would be later than the clock that wrote it.
	 */
	public void advance(Duration duration) {
		this.now = this.now.plus(duration).truncatedTo(ChronoUnit.MICROS);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	/** Import this into a test to give the application the mutable clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneId.of("Asia/Shanghai"));
		}

	}

}
