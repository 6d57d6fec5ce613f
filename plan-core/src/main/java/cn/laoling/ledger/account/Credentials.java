package cn.laoling.ledger.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.laoling.ledger.shared.Require;

/**
 * An account's password: its hash, when it was set, whether it must be changed before
 * anything else (first login, after a reset), and the hashes of the passwords before it,
 * newest first, so that the last ones are not used again.
 */
public record Credentials(String passwordHash, Instant changedAt, boolean mustChange, List<String> previousHashes) {

	/** How many passwords, the current one included, may not be used again. */
	public static final int REMEMBERED = 5;

	/** 等保: a password is changed at least every 90 days. */
	public static final Duration LIFETIME = Duration.ofDays(90);

	public Credentials {
		Require.text(passwordHash, "passwordHash", 200);
		Require.present(changedAt, "changedAt");
		previousHashes = List.copyOf(previousHashes);
		if (previousHashes.size() > REMEMBERED - 1) {
			throw new IllegalArgumentException(
					"at most " + (REMEMBERED - 1) + " previous hashes are kept, was " + previousHashes.size());
		}
	}

	/**
	 * A password someone else chose (a new account, a reset): to be changed at first use.
	 */
	public static Credentials temporary(String passwordHash, Instant at) {
		return new Credentials(passwordHash, at, true, List.of());
	}

	/** The current hash and the previous ones, newest first. */
	public List<String> recentHashes() {
		List<String> recent = new ArrayList<>();
		recent.add(this.passwordHash);
		recent.addAll(this.previousHashes);
		return recent;
	}

	Credentials replacedBy(String newHash, Instant at, boolean mustChangeNew) {
		List<String> recent = recentHashes();
		return new Credentials(newHash, at, mustChangeNew, recent.subList(0, Math.min(recent.size(), REMEMBERED - 1)));
	}

	boolean expiredAt(Instant now) {
		return !this.changedAt.plus(LIFETIME).isAfter(now);
	}

}
