package cn.laoling.ledger.persistence.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application's database role could change or delete audit
 * rows, or write the head of the log other than through {@code audit_head_advance}: then
 * it connects as the schema owner or a superuser, not as the application role the
 * migrations granted insert and select to.
 */
@Component
public class AuditPrivilegeCheck implements ApplicationRunner {

	private final JdbcTemplate jdbc;

	public AuditPrivilegeCheck(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		String role = this.jdbc.queryForObject("select current_user", String.class);
		Boolean mayChange = this.jdbc.queryForObject("""
				select has_table_privilege('audit_event', 'UPDATE') or has_table_privilege('audit_event', 'DELETE')
				    or has_table_privilege('audit_event', 'TRUNCATE') or has_table_privilege('audit_head', 'INSERT')
				    or has_table_privilege('audit_head', 'UPDATE') or has_table_privilege('audit_head', 'DELETE')""",
				Boolean.class);
		if (Boolean.TRUE.equals(mayChange)) {
			throw new IllegalStateException("The database role '" + role + "' may change or delete audit rows. "
					+ "Connect the application as its own role (SPRING_DATASOURCE_USERNAME=ledger_app) and run the "
					+ "migrations as the owner (SPRING_FLYWAY_USER): see docs/operations.md.");
		}
	}

}
