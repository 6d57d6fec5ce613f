package cn.laoling.ledger.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.audit.AuditEvent;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.web.audit.AuditSubject;
import cn.laoling.ledger.web.audit.AuditTrail;

/**
 * Counts failed logins towards the lockout and clears them on success, recording every
 * attempt. An unknown username is recorded like a wrong password, as 未知账户 (never what was
 * typed), and the user is told the same thing in both cases.
 */
@Service
class LoginAttempts {

	private static final int ATTEMPTS = 3;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	LoginAttempts(Accounts accounts, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Returns whether the user must change the password before anything else. */
	boolean succeeded(String username) {
		Instant now = this.clock.instant();
		return retried(() -> this.transaction.execute((status) -> {
			Account account = this.accounts.findByUsername(username).orElseThrow();
			if (account.failures().consecutive() > 0) {
				account.recordSuccessfulLogin();
				account = this.accounts.save(account);
			}
			this.audit.change(AuditType.LOGIN_SUCCEEDED, this.audit.names().account(account), "");
			return account.passwordChangeDueAt(now);
		}));
	}

	void failed(String typedUsername, String reason) {
		Instant now = this.clock.instant();
		String username = (typedUsername != null) ? typedUsername.strip() : "";
		try {
			retried(() -> this.transaction.execute((status) -> {
				Optional<Account> found = this.accounts.findByUsername(username);
				String actor = actor(found);
				AuditSubject subject = subject(found);
				boolean counted = found.isPresent() && !found.get().lockedAt(now);
				boolean lockedNow = counted && found.get().recordFailedLogin(now);
				if (counted) {
					this.accounts.save(found.get());
				}
				this.audit.within(actor, AuditType.LOGIN_FAILED, subject, AuditOutcome.FAILURE, reason);
				if (lockedNow) {
					this.audit.within(actor, AuditType.ACCOUNT_LOCKED, subject, AuditOutcome.SUCCESS, "");
				}
				return null;
			}));
		}
		catch (RuntimeException ex) {
			// counting failed and took the row with it: the attempt is still recorded
			Optional<Account> found = this.accounts.findByUsername(username);
			this.audit.now(actor(found), AuditType.LOGIN_FAILED, subject(found), AuditOutcome.FAILURE, reason);
			throw ex;
		}
	}

	/**
	 * Who tried: the account, or 未知账户. What was typed for no account is never kept: it
	 * may be a password typed into the wrong box.
	 */
	private static String actor(Optional<Account> found) {
		return found.map(Account::username).orElse(AuditEvent.UNKNOWN_ACCOUNT);
	}

	private AuditSubject subject(Optional<Account> found) {
		return found.map(this.audit.names()::account).orElseGet(this.audit.names()::unknownAccount);
	}

	private static <T> T retried(Supplier<T> attempt) {
		for (int i = 1;; i++) {
			try {
				return attempt.get();
			}
			catch (StaleEditException ex) {
				if (i == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
