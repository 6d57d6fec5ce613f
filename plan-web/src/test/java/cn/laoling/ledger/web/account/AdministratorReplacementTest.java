package cn.laoling.ledger.web.account;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.web.DemoLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The operator's way to replace an administrator, since no administrator may change
 * another's account: a new account of the role with a temporary password, the old one
 * disabled with its sessions ended, both audited as 系统初始化.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdministratorReplacementTest {

	@Autowired
	AdministratorReplacement replacement;

	@Autowired
	Accounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	JdbcTemplate jdbc;

	private String login(String username, String password, MockHttpSession session) throws Exception {
		return this.mvc.perform(
				post("/login").param("username", username).param("password", password).session(session).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void theOperatorReplacesTheAuditAdministratorWhoseSessionEnds() throws Exception {
		MockHttpSession old = new MockHttpSession();
		assertThat(login("auditadmin", "Demo@2026", old)).isEqualTo("/");
		List<Account> before = this.accounts.enabledWithRole(Role.AUDIT_ADMIN);
		Long lastRow = this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
		try {
			AdministratorReplacement.Replacement done = this.replacement.replace(Role.AUDIT_ADMIN);

			Account opened = this.demo.account(done.username());
			assertThat(opened.role()).isEqualTo(Role.AUDIT_ADMIN);
			assertThat(opened.regionId()).isEqualTo(this.demo.account("auditadmin").regionId());
			assertThat(done.replaced()).contains("auditadmin");
			assertThat(this.accounts.enabledWithRole(Role.AUDIT_ADMIN)).extracting(Account::username)
				.containsExactly(done.username());
			assertThat(this.mvc.perform(get("/audit").session(old)).andReturn().getResponse().getRedirectedUrl())
				.isEqualTo("/login?revoked");
			assertThat(login("auditadmin", "Demo@2026", new MockHttpSession())).isEqualTo("/login?error");
			assertThat(login(done.username(), done.temporaryPassword(), new MockHttpSession())).as("change it first")
				.isEqualTo("/password");
			assertThat(this.jdbc.queryForList(
					"select concat_ws(' ', type, actor, object) from audit_event where id > ? and actor = 'bootstrap' "
							+ "and object in (?, ?) order by id",
					String.class, lastRow, "account:" + opened.id().value(),
					"account:" + this.demo.account("auditadmin").id().value()))
				.containsExactly("ACCOUNT_CREATED bootstrap account:" + opened.id().value(),
						"ACCOUNT_DISABLED bootstrap account:" + this.demo.account("auditadmin").id().value());
		}
		finally {
			restore(before);
		}
	}

	@Test
	void onlyAnAdministratorRoleIsReplaced() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.replacement.replace(Role.OFFICE));
		assertThatIllegalArgumentException().isThrownBy(() -> AdministratorReplacementCommand.roleNamed("root"));
		assertThat(AdministratorReplacementCommand.roleNamed("security_admin")).isEqualTo(Role.SECURITY_ADMIN);
	}

	/**
	 * Other tests log in as the demo administrators: they come back, the new one goes.
	 */
	private void restore(List<Account> before) {
		for (Account account : this.accounts.enabledWithRole(Role.AUDIT_ADMIN)) {
			account.disable();
			this.accounts.save(account);
		}
		for (Account account : before) {
			Account again = this.accounts.findById(account.id()).orElseThrow();
			again.enable();
			this.accounts.save(again);
		}
	}

}
