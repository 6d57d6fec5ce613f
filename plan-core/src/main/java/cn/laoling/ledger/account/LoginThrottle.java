package cn.laoling.ledger.account;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * Port: counts login attempts before their password is checked, each count one atomic
 * step that is kept at once (whatever happens to the caller's transaction), so that no
 * more than {@link LoginFailures#LIMIT} passwords are checked for an account per lock
 * however many attempts arrive together, and no more than
 * {@link LoginFailures#ADDRESS_LIMIT} attempts fail from one address.
 */
public interface LoginThrottle {

	/**
	 * Takes one of the account's attempts: its number since the last successful login
	 * (1..{@link LoginFailures#LIMIT}; the last one locks the account), or empty when the
	 * account is locked and the password must not be checked.
	 */
	OptionalInt attempt(AccountId account, Instant now);

	/**
	 * After the password of this attempt was found right: whether the login may go on. It
	 * may not when the account was locked while the password was checked (the fifth
	 * attempt was taken by another request). The attempts are cleared when this was the
	 * latest of them.
	 */
	boolean admit(AccountId account, int attempt, Instant now);

	/** Takes one attempt for the source address; false when the address is refused. */
	boolean attemptFrom(String address, Instant now);

	/** Gives back the attempt of a successful login, so that logins never count. */
	void succeededFrom(String address, Instant now);

}
