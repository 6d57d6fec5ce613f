package cn.laoling.ledger.web.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.admin.*}: the operator's one-off command
 * ({@link AdministratorReplacementCommand}), never a lasting setting.
 *
 * @param replace the administrator role to replace: {@code SYSTEM_ADMIN},
 * {@code SECURITY_ADMIN} or {@code AUDIT_ADMIN}
 */
@ConfigurationProperties("ledger.admin")
public record AdministratorReplacementProperties(String replace) {

	public AdministratorReplacementProperties {
		replace = (replace == null) ? "" : replace.strip();
	}

}
