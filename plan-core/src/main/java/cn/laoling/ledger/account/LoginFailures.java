package cn.laoling.ledger.account;

import java.time.Duration;
import java.time.Instant;

/**
 * Consecutive failed logins, and the lock they led to: the fifth failure in a row locks
 * the account for 30 minutes.
 */
public record LoginFailures(int consecutive, Instant lockedUntil) {

	public static final int LIMIT = 5;

	public static final Duration LOCK = Duration.ofMinutes(30);

	public static final LoginFailures NONE = new LoginFailures(0, null);

	public LoginFailures {
		if (consecutive < 0 || consecutive >= LIMIT) {
			throw new IllegalArgumentException(
					"consecutive failures lie in 0.." + (LIMIT - 1) + ", was " + consecutive);
		}
	}

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	LoginFailures oneMore(Instant now) {
		return (this.consecutive + 1 >= LIMIT) ? new LoginFailures(0, now.plus(LOCK))
				: new LoginFailures(this.consecutive + 1, this.lockedUntil);
	}

}
