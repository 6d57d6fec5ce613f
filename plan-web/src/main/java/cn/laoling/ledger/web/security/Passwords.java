package cn.laoling.ledger.web.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.AccountId;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.PasswordPolicy;
import cn.laoling.ledger.account.PasswordProblem;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.shared.NotFoundException;
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

	private final SecureRandom random = new SecureRandom();

	Passwords(Accounts accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Changes the user's own password; the account's other sessions end.
	 * @return the account's new session generation, for the session the change was made
	 * in
	 */
	public long change(AccountId id, PasswordForm form) {
		Account account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id.value()));
		FormRejection.Problems problems = new FormRejection.Problems();
		if (!this.encoder.matches(form.getCurrentPassword(), account.passwordHash())) {
			this.audit.now(AuditType.PASSWORD_CHANGED, AuditTrail.object("account", id.value()), AuditOutcome.FAILURE,
					"wrong current password");
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
		account.changePassword(this.encoder.encode(form.getNewPassword()), this.clock.instant());
		Account saved = this.accounts.save(account);
		this.audit.change(AuditType.PASSWORD_CHANGED, AuditTrail.object("account", id.value()), "");
		return saved.sessionGeneration();
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
