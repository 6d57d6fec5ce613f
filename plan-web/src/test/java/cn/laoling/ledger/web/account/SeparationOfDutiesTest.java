package cn.laoling.ledger.web.account;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 三员分立: no administrator edits, disables, enables, unlocks, resets the password of or
 * changes the role of an administrator's account, nor gives an administrator role. Each
 * refusal says why in Chinese, changes nothing and leaves one audit row; the pages offer
 * none of these actions on an administrator's line.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SeparationOfDutiesTest {

	private static final String PASSWORD = "Scratch-2026";

	private static final String REFUSAL = "三员分立：管理员账户不能由任何管理员修改";

	@Autowired
	MockMvc mvc;

	@Autowired
	ScratchData scratch;

	@Autowired
	DemoLedger demo;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private record Attempt(String actor, Account target, AuditType type, MockHttpServletRequestBuilder request) {
	}

	private List<Account> otherAdministrators(Role... roles) {
		List<Account> targets = new ArrayList<>();
		for (Role role : roles) {
			targets.add(this.scratch.account(role, PASSWORD));
		}
		return targets;
	}

	private static String url(Account target, String action) {
		return "/admin/accounts/" + target.id().value() + "/" + action;
	}

	private static String version(Account target) {
		return String.valueOf(target.version());
	}

	private String newestAudit() {
		return this.jdbc.queryForObject(
				"select concat_ws(' ', type, actor, object, outcome, detail) from audit_event order by id desc limit 1",
				String.class);
	}

	/** Runs the attempt: refused with the message, nothing changed, one audit row. */
	private void assertRefused(Attempt attempt) throws Exception {
		String before = this.scratch.fingerprint();
		long audited = this.scratch.auditRows();

		MvcResult result = this.mvc.perform(attempt.request().with(this.demo.as(attempt.actor())).with(csrf()))
			.andReturn();

		String what = attempt.actor() + " " + attempt.type() + " of a " + attempt.target().role();
		assertThat(result.getResponse().getStatus()).as(what).isIn(200, 302);
		if (result.getResponse().getStatus() == 302) {
			assertThat(result.getFlashMap().get("error")).as(what).isEqualTo("rule.account.administrator");
			assertThat(result.getFlashMap().get("temporaryPassword")).as(what).isNull();
		}
		else {
			assertThat(result.getResponse().getContentAsString()).as(what).contains(REFUSAL);
		}
		assertThat(this.scratch.fingerprint()).as(what + " changes nothing").isEqualTo(before);
		assertThat(this.scratch.auditRows() - audited).as(what + " audited once").isEqualTo(1);
		assertThat(newestAudit()).as(what)
			.isEqualTo(attempt.type() + " " + attempt.actor() + " account:" + attempt.target().id().value()
					+ " FAILURE " + AccountService.SEPARATION);
	}

	@Test
	void theSystemAdministratorCannotEditDisableOrEnableAnotherAdministrator() throws Exception {
		for (Account target : otherAdministrators(Role.SECURITY_ADMIN, Role.AUDIT_ADMIN, Role.SYSTEM_ADMIN)) {
			assertRefused(new Attempt("sysadmin", target, AuditType.ACCOUNT_CHANGED,
					post(url(target, "edit")).param("username", target.username())
						.param("displayName", "被改名的管理员")
						.param("role", "OFFICE")
						.param("regionId", String.valueOf(target.regionId().value()))
						.param("version", version(target))));
			assertRefused(new Attempt("sysadmin", target, AuditType.ACCOUNT_DISABLED,
					post(url(target, "disable")).param("version", version(target))));

			Account disabled = this.accounts.findById(target.id()).orElseThrow();
			disabled.disable();
			disabled = this.accounts.save(disabled);
			assertRefused(new Attempt("sysadmin", disabled, AuditType.ACCOUNT_ENABLED,
					post(url(disabled, "enable")).param("version", version(disabled))));

			MvcResult forged = this.mvc
				.perform(post(url(target, "edit")).param("username", target.username())
					.param("displayName", "被改名的管理员")
					.param("role", "OFFICE")
					.param("regionId", String.valueOf(target.regionId().value()))
					.param("version", version(target))
					.with(this.demo.as("sysadmin"))
					.with(csrf()))
				.andReturn();
			assertThat(forged.getResponse().getRedirectedUrl()).as("refused on the list, the forged values not shown")
				.isEqualTo("/admin/accounts");
			MvcResult form = this.mvc.perform(get(url(target, "edit")).with(this.demo.as("sysadmin"))).andReturn();

			assertThat(form.getFlashMap().get("error")).isEqualTo("rule.account.administrator");
		}
	}

	@Test
	void theSecurityAdministratorCannotResetUnlockOrChangeTheRoleOfAnotherAdministrator() throws Exception {
		for (Account target : otherAdministrators(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN, Role.SECURITY_ADMIN)) {
			for (int i = 1; i <= 5; i++) {
				this.mvc.perform(post("/login").param("username", target.username())
					.param("password", "Wrong-" + i)
					.with(csrf()));
			}
			Account locked = this.accounts.findById(target.id()).orElseThrow();
			assertRefused(new Attempt("secadmin", locked, AuditType.PASSWORD_RESET,
					post(url(locked, "reset-password")).param("version", version(locked))));
			assertRefused(new Attempt("secadmin", locked, AuditType.ACCOUNT_UNLOCKED,
					post(url(locked, "unlock")).param("version", version(locked))));
			assertRefused(new Attempt("secadmin", locked, AuditType.ROLE_CHANGED,
					post(url(locked, "role")).param("role", "LEADER").param("version", version(locked))));

			MvcResult form = this.mvc.perform(get(url(target, "role")).with(this.demo.as("secadmin"))).andReturn();
			assertThat(form.getFlashMap().get("error")).isEqualTo("rule.account.administrator");
		}
	}

	@Test
	void noAdministratorRoleIsGivenInTheApplication() throws Exception {
		Account leader = this.scratch.account(Role.LEADER, PASSWORD);
		for (Role role : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
			String before = this.scratch.fingerprint();

			MvcResult result = this.mvc
				.perform(post(url(leader, "role")).param("role", role.name())
					.param("version", version(leader))
					.with(this.demo.as("secadmin"))
					.with(csrf()))
				.andReturn();

			assertThat(result.getResponse().getContentAsString()).contains("三员分立：管理员角色不在系统中授予");
			assertThat(this.scratch.fingerprint()).isEqualTo(before);
			assertThat(this.demo.account(leader.username()).role()).isEqualTo(Role.LEADER);
			assertThat(newestAudit()).isEqualTo(
					"ROLE_CHANGED secadmin account:" + leader.id().value() + " FAILURE " + AccountService.SEPARATION);
		}
		assertThat(this.mvc.perform(get(url(leader, "role")).with(this.demo.as("secadmin")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("value=\"SECURITY_ADMIN\"").contains("value=\"LEADER\"");
	}

	@Test
	void theAccountListOffersNoActionOnAnAdministratorsLine() throws Exception {
		Account leader = this.scratch.account(Role.LEADER, PASSWORD);
		for (String administrator : List.of("sysadmin", "secadmin")) {
			String page = this.mvc.perform(get("/admin/accounts").with(this.demo.as(administrator)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (String other : List.of("sysadmin", "secadmin", "auditadmin")) {
				String line = lineOf(page, other);
				assertThat(line).as(administrator + " on " + other)
					.doesNotContain("/admin/accounts/")
					.contains("管理员账户（三员分立）");
			}
			assertThat(lineOf(page, leader.username())).contains("/admin/accounts/" + leader.id().value() + "/");
		}
	}

	private static String lineOf(String page, String username) {
		int start = page.indexOf("id=\"account-" + username + "\"");
		assertThat(start).as(username + " listed").isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

}
