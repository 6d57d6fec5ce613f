package cn.laoling.ledger.persistence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.database.*}: the names of the roles the migrations grant to. They are put
 * into the migrations' SQL, so each must be a plain PostgreSQL name.
 *
 * @param appRole the application's own role, which may only add and read audit rows
 * @param auditPurgeRole the role that purges audit rows after their retention time
 */
@ConfigurationProperties("ledger.database")
public record DatabaseRoleProperties(@DefaultValue(DatabaseRoles.DEFAULT_APP_ROLE) String appRole,
		@DefaultValue(DatabaseRoles.DEFAULT_AUDIT_PURGE_ROLE) String auditPurgeRole) {

	private static final String NAME = "[a-z_][a-z0-9_]{0,62}";

	public DatabaseRoleProperties {
		requireName("app-role", appRole);
		requireName("audit-purge-role", auditPurgeRole);
	}

	private static void requireName(String property, String value) {
		if (value == null || !value.matches(NAME)) {
			throw new IllegalArgumentException("ledger.database." + property
					+ " must be a PostgreSQL role name of lower-case letters, digits and _, was '" + value + "'");
		}
	}

}
