package cn.laoling.ledger.web.account;

import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.account.Role;

/**
 * The operator's command {@code --ledger.admin.replace=SECURITY_ADMIN} (or
 * {@code SYSTEM_ADMIN}, {@code AUDIT_ADMIN}): replaces that administrator
 * ({@link AdministratorReplacement}), prints the new account and its temporary password
 * on the console (not in the log, which may be kept in files) and stops the application.
 * Run it beside the serving instance with {@code --server.port=0} (docs/operations.md).
 */
@Component
class AdministratorReplacementCommand implements ApplicationRunner {

	private final AdministratorReplacement replacement;

	private final ConfigurableApplicationContext context;

	private final String role;

	AdministratorReplacementCommand(AdministratorReplacement replacement, ConfigurableApplicationContext context,
			AdministratorReplacementProperties properties) {
		this.replacement = replacement;
		this.context = context;
		this.role = properties.replace();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.role.isEmpty()) {
			return;
		}
		AdministratorReplacement.Replacement done = this.replacement.replace(roleNamed(this.role));
		System.out.printf("%nReplaced %s by the new account %s (%s).%nTemporary password, to be changed at its "
				+ "first login: %s%n%n", done.replaced(), done.username(), this.role, done.temporaryPassword());
		System.exit(SpringApplication.exit(this.context));
	}

	static Role roleNamed(String name) {
		try {
			return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"--ledger.admin.replace takes SYSTEM_ADMIN, SECURITY_ADMIN or " + "AUDIT_ADMIN, was " + name, ex);
		}
	}

}
