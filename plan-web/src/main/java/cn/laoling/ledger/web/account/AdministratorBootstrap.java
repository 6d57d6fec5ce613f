package cn.laoling.ledger.web.account;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.Credentials;
import cn.laoling.ledger.account.PasswordPolicy;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.support.PersonNames;
import cn.laoling.ledger.web.demo.DemoMode;
import cn.laoling.ledger.web.security.Passwords;

/**
 * The first start of a production database: with no administrator yet, the three
 * administrator accounts are created with the password the operator gives in
 * {@code LEDGER_BOOTSTRAP_PASSWORD}, to be changed at their first login. A missing, weak
 * or shipped password stops the start.
 */
@Component
@Conditional(DemoMode.Off.class)
class AdministratorBootstrap implements ApplicationRunner {

	static final List<String> ADMINISTRATORS = List.of("sysadmin", "secadmin", "auditadmin");

	/** Passwords printed in this project's files or commonly shipped as defaults. */
	private static final Set<String> SHIPPED = Set.of("Demo@2026", "Admin@123", "Admin@1234", "Admin123!", "P@ssw0rd",
			"Passw0rd!", "Abc@1234", "Abcd@1234", "change-me", "Change@Me1");

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	private final Accounts accounts;

	private final Regions regions;

	private final Passwords passwords;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String password;

	private final String regionName;

	AdministratorBootstrap(Accounts accounts, Regions regions, Passwords passwords, AuditTrail audit,
			TransactionTemplate transaction, Clock clock, BootstrapProperties properties) {
		this.accounts = accounts;
		this.regions = regions;
		this.passwords = passwords;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
		this.password = properties.password();
		this.regionName = properties.region();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.anyAdministrator()) {
			return;
		}
		refuseUnusable(this.password, this.regionName);
		this.transaction.executeWithoutResult((status) -> create());
		log.info("Created the administrator accounts {} in {}; each must change the password at first login",
				ADMINISTRATORS, this.regionName);
	}

	/**
	 * Stops the first start unless the operator gave a region and a password of their
	 * own.
	 */
	static void refuseUnusable(String password, String regionName) {
		if (password.isEmpty() || regionName.isEmpty()) {
			throw new IllegalStateException("No administrator account exists yet. For the first start set "
					+ "LEDGER_BOOTSTRAP_PASSWORD and LEDGER_BOOTSTRAP_REGION (see docs/operations.md).");
		}
		if (SHIPPED.contains(password)) {
			throw new IllegalStateException(
					"LEDGER_BOOTSTRAP_PASSWORD is a shipped default password. Choose a password of your own.");
		}
		for (String username : ADMINISTRATORS) {
			if (!PasswordPolicy.check(username, password).isEmpty()) {
				throw new IllegalStateException("LEDGER_BOOTSTRAP_PASSWORD does not meet the password policy "
						+ PasswordPolicy.check(username, password) + ": at least 8 characters of 3 classes.");
			}
		}
	}

	private void create() {
		Region region = this.regions.findByName(this.regionName)
			.orElseGet(() -> this.regions.save(Region.newTopLevel(this.regionName)));
		List<Role> roles = List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);
		String hash = this.passwords.hash(this.password);
		for (int i = 0; i < roles.size(); i++) {
			Account account = this.accounts.save(Account.open(ADMINISTRATORS.get(i), ADMINISTRATORS.get(i),
					roles.get(i), region.id(), null, Credentials.temporary(hash, this.clock.instant())));
			this.audit.within(PersonNames.BOOTSTRAP, AuditType.ACCOUNT_CREATED, this.audit.names().account(account),
					AuditOutcome.SUCCESS,
					this.audit.changes().coded("account.role", null, "role." + account.role()).toString());
		}
	}

}
