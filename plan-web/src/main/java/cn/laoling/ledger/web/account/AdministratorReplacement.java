package cn.laoling.ledger.web.account;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.Credentials;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.security.Passwords;
import cn.laoling.ledger.web.support.PersonNames;

/**
 * How an administrator is replaced under 三员分立, where no administrator may change
 * another's account: the operator, on the server, runs the application once with
 * {@code --ledger.admin.replace=<role>} ({@link AdministratorReplacementCommand}). A new
 * account of that role is opened in the region of the one it replaces, with a temporary
 * password to be changed at first login, and every enabled account of the role is
 * disabled, which ends its sessions. Both are audited as done by 系统初始化 (the operator).
 */
@Service
@Transactional
public class AdministratorReplacement {

	/**
	 * The detail of the audit row of a replaced administrator, read out by AuditLines.
	 */
	public static final String REPLACED = "replaced by the operator";

	private static final Map<Role, String> BASE_NAMES = Map.of(Role.SYSTEM_ADMIN, "sysadmin", Role.SECURITY_ADMIN,
			"secadmin", Role.AUDIT_ADMIN, "auditadmin");

	private final Accounts accounts;

	private final Passwords passwords;

	private final AuditTrail audit;

	private final Clock clock;

	AdministratorReplacement(Accounts accounts, Passwords passwords, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The new administrator and its temporary password, and the usernames of those it
	 * replaced.
	 */
	public record Replacement(String username, String temporaryPassword, List<String> replaced) {
	}

	/**
	 * Replaces the administrators of this role by a new account.
	 * @throws IllegalArgumentException when the role is no administrator's, or no enabled
	 * account holds it (nothing to replace, and no region to open the new one in)
	 */
	public Replacement replace(Role role) {
		if (!role.isAdministrator()) {
			throw new IllegalArgumentException(role + " is not an administrator role: choose one of "
					+ List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN));
		}
		List<Account> current = this.accounts.enabledWithRole(role);
		if (current.isEmpty()) {
			throw new IllegalArgumentException("No enabled " + role + " account to replace");
		}
		String temporary = this.passwords.temporary();
		String username = freeUsername(BASE_NAMES.get(role));
		Account opened = this.accounts.save(Account.open(username, username, role, current.get(0).regionId(), null,
				Credentials.temporary(this.passwords.hash(temporary), this.clock.instant())));
		this.audit.within(PersonNames.BOOTSTRAP, AuditType.ACCOUNT_CREATED, this.audit.names().account(opened),
				AuditOutcome.SUCCESS, this.audit.changes().coded("account.role", null, "role." + role).toString());
		for (Account old : current) {
			old.disable();
			this.accounts.save(old);
			this.audit.within(PersonNames.BOOTSTRAP, AuditType.ACCOUNT_DISABLED, this.audit.names().account(old),
					AuditOutcome.SUCCESS, REPLACED);
		}
		return new Replacement(username, temporary, current.stream().map(Account::username).toList());
	}

	private String freeUsername(String base) {
		for (int n = 2;; n++) {
			String candidate = base + "-" + n;
			if (this.accounts.findByUsername(candidate).isEmpty()) {
				return candidate;
			}
		}
	}

}
