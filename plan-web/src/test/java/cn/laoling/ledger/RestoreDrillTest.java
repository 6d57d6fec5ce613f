package cn.laoling.ledger;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.laoling.ledger.audit.AuditLog;
import cn.laoling.ledger.audit.AuditVerification;
import cn.laoling.ledger.persistence.DatabaseRoles;
import cn.laoling.ledger.web.bench.BenchSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup and restore of docs/operations.md, done as an operator does it: a database
 * in use (the demo's plans, reports and accounts, and an audit log) is dumped with
 * {@code pg_dump -Fc}, restored with {@code pg_restore} into an empty database, and the
 * application started on the copy finds the same rows, shows the same ledger and finds
 * its audit chain intact.
 * <p>
 * It runs on a PostgreSQL installed with its client tools ({@link PostgresInstallation}):
 * skipped where there is none, except in CI, whose {@code .ci/run} installs Debian's.
 */
class RestoreDrillTest {

	private static final List<String> COUNTED = List.of("plan", "task", "report", "report_event", "account",
			"audit_event");

	private static final Pattern PLAN_LINK = Pattern.compile("href=\"(/plans/\\d+)\"");

	/** What differs between two renderings of one page: the per-session tokens. */
	private static final Pattern TOKENS = Pattern.compile("(name=\"_csrf\" value|name=\"_formToken\" value"
			+ "|name=\"_csrf\" content|name=\"_csrf_header\" content)=\"[^\"]*\"");

	@TempDir
	Path temporary;

	private final HttpClient client = BenchSession.newClient();

	@Test
	void aDumpRestoredIntoAnEmptyDatabaseServesTheSameLedgerWithAnIntactAuditLog() throws Exception {
		PostgresInstallation postgres = PostgresInstallation.newest().orElse(null);
		if (postgres == null) {
			assertThat(System.getenv("CI")).as("PostgreSQL with pg_dump and pg_restore is missing in CI").isNull();
			Assumptions.abort("no PostgreSQL with pg_dump and pg_restore installed (apt-get install postgresql, "
					+ "or set " + PostgresInstallation.VARIABLE + " to its bin directory)");
		}
		try (PostgresInstallation.Server server = postgres.start(this.temporary.resolve("cluster"))) {
			server.execute("postgres",
					DatabaseRoles.createIfMissing(DatabaseRoles.DEFAULT_APP_ROLE,
							DatabaseRoles.DEFAULT_AUDIT_PURGE_ROLE),
					"create database ledger", "create database ledger_copy");

			String ledgerPath;
			String ledger;
			Map<String, Long> counts;
			try (ConfigurableApplicationContext app = start(server.url("ledger"))) {
				BenchSession office = BenchSession.login(this.client, base(app), "office", "Demo@2026");
				Matcher plan = PLAN_LINK.matcher(office.get("/plans").body());
				assertThat(plan.find()).as("a plan on the office's list").isTrue();
				ledgerPath = plan.group(1);
				ledger = office.get(ledgerPath).body();
				assertThat(verify(app).intact()).as("the audit log before the dump").isTrue();
				counts = counts(app);
			}
			assertThat(counts.get("report")).as("a database in use").isPositive();
			assertThat(counts.get("audit_event")).isPositive();

			Path dump = this.temporary.resolve("ledger.dump");
			server.client("pg_dump", "-Fc", "-d", "ledger", "-f", dump.toString());
			server.client("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", "-d",
					"ledger_copy", dump.toString());

			try (ConfigurableApplicationContext app = start(server.url("ledger_copy"))) {
				assertThat(counts(app)).as("rows of the copy").isEqualTo(counts);
				AuditVerification audit = verify(app);
				assertThat(audit.intact()).as("the audit log of the copy: %s", audit).isTrue();
				assertThat(audit.checked()).isEqualTo(counts.get("audit_event"));
				BenchSession office = BenchSession.login(this.client, base(app), "office", "Demo@2026");
				assertThat(withoutTokens(office.get(ledgerPath).body())).as("the ledger %s of the copy", ledgerPath)
					.isEqualTo(withoutTokens(ledger));
				assertThat(verify(app).intact()).as("the copy's log goes on after a new row").isTrue();
			}
		}
	}

	/**
	 * The application on the database as the demo runs (demo mode: the copy holds the
	 * demo accounts), migrating it as the owner, connecting as its own role.
	 */
	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(LedgerApplication.class)
			.properties("server.port=0", "spring.datasource.url=" + url,
					"spring.datasource.username=" + DatabaseRoles.DEFAULT_APP_ROLE, "spring.datasource.password=",
					"spring.flyway.user=postgres", "spring.flyway.password=", "ledger.demo-data.enabled=true",
					"logging.level.root=WARN")
			.run();
	}

	private static Map<String, Long> counts(ConfigurableApplicationContext app) {
		JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
		Map<String, Long> counts = new LinkedHashMap<>();
		COUNTED.forEach((table) -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
		return counts;
	}

	private static AuditVerification verify(ConfigurableApplicationContext app) {
		return app.getBean(AuditLog.class).verify(Instant.now());
	}

	private static String base(ConfigurableApplicationContext app) {
		return "http://127.0.0.1:" + app.getEnvironment().getRequiredProperty("local.server.port");
	}

	private static String withoutTokens(String page) {
		return TOKENS.matcher(page).replaceAll("$1=\"\"");
	}

}
