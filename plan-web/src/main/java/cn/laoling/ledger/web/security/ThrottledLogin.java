package cn.laoling.ledger.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.LoginFailures;
import cn.laoling.ledger.account.LoginThrottle;

/**
 * Checks a login's password only after the attempt was counted, for its source address
 * and for its account, so that parallel attempts cannot get more passwords checked than
 * the lock allows. An unknown username or a disabled account costs the same hashing as a
 * wrong password, and every refusal reads the same to the user ({@link LoginOutcomes}).
 */
@Component
class ThrottledLogin implements AuthenticationProvider {

	private static final int MAX_ADDRESS = 64;

	private final Accounts accounts;

	private final LoginThrottle throttle;

	private final PasswordEncoder encoder;

	private final Clock clock;

	/** A hash to check against when there is no account's, so that both take as long. */
	private final String standIn;

	ThrottledLogin(Accounts accounts, LoginThrottle throttle, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.encoder = encoder;
		this.clock = clock;
		this.standIn = encoder.encode("no account has this password");
	}

	@Override
	public Authentication authenticate(Authentication login) {
		String password = String.valueOf(login.getCredentials());
		String address = address(login);
		Instant now = this.clock.instant();
		if (!this.throttle.attemptFrom(address, now)) {
			throw new AddressRefused();
		}
		Optional<Account> found = this.accounts.findByUsername(login.getName());
		if (found.isEmpty() || !found.get().enabled()) {
			this.encoder.matches(password, this.standIn);
			throw found.isEmpty() ? new BadCredentialsException("no such account") : new DisabledException("disabled");
		}
		Account account = found.get();
		OptionalInt attempt = this.throttle.attempt(account.id(), now);
		if (attempt.isEmpty()) {
			throw new LockedException("locked");
		}
		if (!this.encoder.matches(password, account.passwordHash())) {
			throw (attempt.getAsInt() == LoginFailures.LIMIT) ? new LockingFailure() : new BadCredentialsException("");
		}
		if (!this.throttle.admit(account.id(), attempt.getAsInt(), this.clock.instant())) {
			throw new LockedException("locked while its password was checked");
		}
		this.throttle.succeededFrom(address, now);
		LedgerUser user = new LedgerUser(account, now);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication login) {
		String address = (login.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
		if (address == null) {
			return "";
		}
		return (address.length() > MAX_ADDRESS) ? address.substring(0, MAX_ADDRESS) : address;
	}

	/** Too many failed attempts from the source address: no account is looked at. */
	static final class AddressRefused extends LockedException {

		AddressRefused() {
			super("address refused");
		}

	}

	/**
	 * The wrong password of the attempt that took the last one: the account is locked.
	 */
	static final class LockingFailure extends BadCredentialsException {

		LockingFailure() {
			super("locked by this failure");
		}

	}

}
