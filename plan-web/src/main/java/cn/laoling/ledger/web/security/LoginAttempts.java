package cn.laoling.ledger.web.security;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.audit.AuditEvent;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.web.audit.AuditSubject;
import cn.laoling.ledger.web.audit.AuditTrail;

/**
 * Records every login attempt, one row each: the attempts were counted towards the lock
 * before their password was checked ({@link ThrottledLogin}), so nothing is counted here
 * and nothing can be stale. An unknown username is recorded as 未知账户 (never what was
 * typed), and the user is told the same thing in every case.
 */
@Service
class LoginAttempts {

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
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			Account account = this.accounts.findByUsername(username).orElseThrow();
			this.audit.change(AuditType.LOGIN_SUCCEEDED, this.audit.names().account(account), "");
			return account.passwordChangeDueAt(this.clock.instant());
		}));
	}

	/**
	 * Records a refused attempt; {@code locking} when its wrong password took the last
	 * attempt and locked the account.
	 */
	void failed(String typedUsername, String reason, boolean locking) {
		String username = (typedUsername != null) ? typedUsername.strip() : "";
		Optional<Account> found = this.accounts.findByUsername(username);
		// what was typed for no account is never kept: it may be a password typed
		// into the wrong box
		String actor = found.map(Account::username).orElse(AuditEvent.UNKNOWN_ACCOUNT);
		AuditSubject subject = found.map(this.audit.names()::account).orElseGet(this.audit.names()::unknownAccount);
		this.audit.now(actor, AuditType.LOGIN_FAILED, subject, AuditOutcome.FAILURE, reason);
		if (locking) {
			this.audit.now(actor, AuditType.ACCOUNT_LOCKED, subject, AuditOutcome.SUCCESS, "");
		}
	}

}
