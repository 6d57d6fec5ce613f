package cn.laoling.ledger.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The login attempts counted against an account, and the lock they led to. An attempt is
 * counted before its password is checked ({@link LoginThrottle}); the fifth since the
 * last successful login locks the account for 30 minutes, and no password is checked
 * while it is locked, however many attempts arrive together.
 */
public record LoginFailures(int consecutive, Instant lockedUntil) {

	/** Passwords checked for one account before it locks. */
	public static final int LIMIT = 5;

	/** How long a lock lasts, from the attempt that took the last of the five. */
	public static final Duration LOCK = Duration.ofMinutes(30);

	/**
	 * Failed attempts (unknown username, wrong password, refused) from one source address
	 * before it is refused for {@link #LOCK}, whichever accounts they name: higher than
	 * {@link #LIMIT} because one office may reach us through one address.
	 */
	public static final int ADDRESS_LIMIT = 30;

	public static final LoginFailures NONE = new LoginFailures(0, null);

	public LoginFailures {
		if (consecutive < 0 || consecutive > LIMIT) {
			throw new IllegalArgumentException("counted attempts lie in 0.." + LIMIT + ", was " + consecutive);
		}
	}

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
