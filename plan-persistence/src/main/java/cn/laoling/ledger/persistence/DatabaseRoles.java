package cn.laoling.ledger.persistence;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database roles the migrations grant to: the application's own role (which may only
 * add and read audit rows) and the role that purges audit rows after their retention
 * time. The owner of the schema runs the migrations and is neither.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseRoleProperties.class)
public class DatabaseRoles {

	public static final String DEFAULT_APP_ROLE = "ledger_app";

	public static final String DEFAULT_AUDIT_PURGE_ROLE = "ledger_audit_purge";

	@Bean
	FlywayConfigurationCustomizer databaseRolePlaceholders(DatabaseRoleProperties roles) {
		return (configuration) -> configuration
			.placeholders(Map.of("appRole", roles.appRole(), "auditPurgeRole", roles.auditPurgeRole()));
	}

	/**
	 * SQL that creates both roles where they are missing, for a database we set up
	 * ourselves.
	 */
	public static String createIfMissing(String appRole, String auditPurgeRole) {
		return """
				do $$
				begin
				    if not exists (select from pg_roles where rolname = '%1$s') then
				        create role %1$s login;
				    end if;
				    if not exists (select from pg_roles where rolname = '%2$s') then
				        create role %2$s nologin;
				    end if;
				end
				$$""".formatted(appRole, auditPurgeRole);
	}

}
