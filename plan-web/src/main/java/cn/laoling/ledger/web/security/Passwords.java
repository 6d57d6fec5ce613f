package cn.laoling.ledger.web.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.AccountId;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.LoginFailures;
import cn.laoling.ledger.account.LoginThrottle;
import cn.laoling.ledger.account.PasswordPolicy;
import cn.laoling.ledger.account.PasswordProblem;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.support.FormRejection;

/**
 * Passwords: the user's own change (policy, not one of the last five), and the temporary
 * passwords administrators hand out.
 */
@Service
@Transactional
public class Passwords {

	private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final Clock clock;

	private final LoginThrottle throttle;

	private final TransactionTemplate transaction;

	private final SecureRandom random = new SecureRandom();

	Passwords(Accounts accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock, LoginThrottle throttle,
			PlatformTransactionManager transactions) {
		this.throttle = throttle;
		this.transaction = new TransactionTemplate(transactions);
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Changes the user's own password; the account's other sessions end. Runs outside any
	 * transaction until the change is written: the current password is counted in a
	 * transaction of its own ({@link LoginThrottle}), and one held here meanwhile would
	 * let parallel requests take every connection and wait for ever.
	 * @return the account's new session generation, for the session the change was made
	 * in
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public long change(AccountId id, PasswordForm form) {
		Account account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id.value()));
		FormRejection.Problems problems = new FormRejection.Problems();
		if (!currentPasswordAccepted(account, form.getCurrentPassword())) {
			problems.add("currentPassword", "password.current.wrong");
		}
		if (!form.getNewPassword().equals(form.getRepeatPassword())) {
			problems.add("repeatPassword", "password.repeat.different");
		}
		List<PasswordProblem> policy = PasswordPolicy.check(account.username(), form.getNewPassword());
		policy.forEach((problem) -> problems.add("newPassword", "password.problem." + problem));
		boolean recentlyUsed = policy.isEmpty() && account.credentials()
			.recentHashes()
			.stream()
			.anyMatch((hash) -> this.encoder.matches(form.getNewPassword(), hash));
		if (recentlyUsed) {
			problems.add("newPassword", "password.problem." + PasswordProblem.RECENTLY_USED);
		}
		problems.refuseIfAny();
		String newHash = this.encoder.encode(form.getNewPassword());
		return this.transaction.execute((status) -> {
			// read again inside the transaction, so that only what changes is written
			// (the
			// attempts counted meanwhile are not)
			Account current = this.accounts.findById(id)
				.filter((found) -> found.version() == account.version())
				.orElseThrow(() -> new StaleEditException("account", id.value(), account.version(), -1));
			current.changePassword(newHash, this.clock.instant());
			Account saved = this.accounts.save(current);
			this.audit.change(AuditType.PASSWORD_CHANGED, AuditTrail.object("account", id.value()), "");
			return saved.sessionGeneration();
		});
	}

	/**
	 * The current password counts towards the login lock like a login does, counted
	 * before it is checked: once the account is locked, the right one is refused exactly
	 * like a wrong one, so the form cannot be used to try passwords.
	 */
	private boolean currentPasswordAccepted(Account account, String current) {
		String object = AuditTrail.object("account", account.id().value());
		OptionalInt attempt = this.throttle.attempt(account.id(), this.clock.instant());
		if (attempt.isEmpty()) {
			this.audit.now(AuditType.PASSWORD_CHANGED, object, AuditOutcome.FAILURE, "locked");
			return false;
		}
		if (!this.encoder.matches(current, account.passwordHash())) {
			this.audit.now(AuditType.PASSWORD_CHANGED, object, AuditOutcome.FAILURE, "wrong current password");
			if (attempt.getAsInt() == LoginFailures.LIMIT) {
				this.audit.now(AuditType.ACCOUNT_LOCKED, this.audit.names().account(account), AuditOutcome.SUCCESS, "");
			}
			return false;
		}
		if (!this.throttle.admit(account.id(), attempt.getAsInt(), this.clock.instant())) {
			this.audit.now(AuditType.PASSWORD_CHANGED, object, AuditOutcome.FAILURE, "locked");
			return false;
		}
		return true;
	}

	/** A random password that meets the policy, to be changed at first use. */
	public String temporary() {
		StringBuilder password = new StringBuilder("Ln-");
		for (int i = 0; i < 12; i++) {
			password.append(TEMPORARY_ALPHABET.charAt(this.random.nextInt(TEMPORARY_ALPHABET.length())));
		}
		password.append(this.random.nextInt(10));
		return password.toString();
	}

	public String hash(String raw) {
		return this.encoder.encode(raw);
	}

}
