package cn.laoling.ledger.web.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.web.support.SessionCookieJar;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A session opened through the login form ends at its next request once an administrator
 * disables its account, resets its password, changes its role or unit, or the office
 * merges its unit away; the refusal is audited and the login page says why. The user's
 * own password change ends their other sessions and keeps the one it was made in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionRevocationTest {

	private static final String PASSWORD = "Scratch-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	ScratchData scratch;

	@Autowired
	DemoLedger demo;

	@Autowired
	JdbcTemplate jdbc;

	private MockHttpSession loggedIn(Account account, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult login = this.mvc
			.perform(post("/login").param("username", account.username())
				.param("password", password)
				.session(session)
				.with(csrf()))
			.andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertWorks(session);
		return session;
	}

	private void assertWorks(MockHttpSession session) throws Exception {
		assertThat(this.mvc.perform(get("/notifications").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	/**
	 * The session's next request, a write, is sent to log in with the reason, the session
	 * is gone and one audit row says so.
	 */
	private void assertEnded(MockHttpSession session, Account account) throws Exception {
		long audited = this.scratch.auditRows();
		MvcResult next = this.mvc.perform(post("/notifications/read-all").session(session).with(csrf())).andReturn();

		assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/login?revoked");
		SessionCookieJar.assertEnded(this.mvc, session);
		assertThat(this.scratch.auditRows() - audited).isEqualTo(1);
		assertThat(this.jdbc.queryForList(
				"select concat_ws(' ', type, actor, object, outcome) from audit_event order by id desc limit 1",
				String.class))
			.containsExactly("SESSION_REVOKED " + account.username() + " account:" + account.id().value() + " SUCCESS");
		assertThat(this.mvc.perform(get("/login").param("revoked", "")).andReturn().getResponse().getContentAsString())
			.contains("本次会话已结束，请重新登录");
	}

	private MvcResult as(String administrator, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(this.demo.as(administrator)).with(csrf())).andReturn();
		assertThat(result.getFlashMap().get("error")).as("refused: %s", result.getFlashMap()).isNull();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return result;
	}

	private String url(Account account, String action) {
		return "/admin/accounts/" + account.id().value() + "/" + action;
	}

	private String version(Account account) {
		return String.valueOf(this.demo.account(account.username()).version());
	}

	@Test
	void disablingAnAccountEndsItsOpenSession() throws Exception {
		Account leader = this.scratch.account(Role.LEADER, PASSWORD);
		MockHttpSession session = loggedIn(leader, PASSWORD);

		as("sysadmin", post(url(leader, "disable")).param("version", version(leader)));

		assertEnded(session, leader);
	}

	@Test
	void aPasswordResetEndsTheOpenSession() throws Exception {
		Account leader = this.scratch.account(Role.LEADER, PASSWORD);
		MockHttpSession session = loggedIn(leader, PASSWORD);

		as("secadmin", post(url(leader, "reset-password")).param("version", version(leader)));

		assertEnded(session, leader);
	}

	@Test
	void aRoleChangeEndsTheOpenSessionOfALiaison() throws Exception {
		Account liaison = this.scratch.readyLiaison(this.scratch.unit(), LiaisonPosition.PRIMARY, PASSWORD);
		MockHttpSession session = loggedIn(liaison, PASSWORD);

		as("secadmin", post(url(liaison, "role")).param("role", "LEADER").param("version", version(liaison)));

		assertEnded(session, liaison);
	}

	@Test
	void bindingALiaisonToAnotherUnitEndsTheOpenSession() throws Exception {
		Account liaison = this.scratch.readyLiaison(this.scratch.unit(), LiaisonPosition.PRIMARY, PASSWORD);
		Unit other = this.scratch.unit();
		MockHttpSession session = loggedIn(liaison, PASSWORD);

		as("sysadmin",
				post(url(liaison, "edit")).param("username", liaison.username())
					.param("displayName", liaison.displayName())
					.param("role", "LIAISON")
					.param("regionId", String.valueOf(liaison.regionId().value()))
					.param("unitId", String.valueOf(other.id().value()))
					.param("position", "PRIMARY")
					.param("version", version(liaison)));

		assertEnded(session, liaison);
	}

	@Test
	void aLiaisonMovedByAUnitMergeIsLoggedOut() throws Exception {
		Unit merged = this.scratch.unit();
		Unit kept = this.scratch.unit();
		Account liaison = this.scratch.readyLiaison(merged, LiaisonPosition.PRIMARY, PASSWORD);
		MockHttpSession session = loggedIn(liaison, PASSWORD);

		MvcResult merge = this.mvc
			.perform(post("/units/" + merged.id().value() + "/merge").with(this.demo.as("office"))
				.with(csrf())
				.param("into", String.valueOf(kept.id().value()))
				.param("version", String.valueOf(merged.version()))
				.param("intoVersion", String.valueOf(kept.version())))
			.andReturn();
		assertThat(merge.getFlashMap().get("message")).isEqualTo("flash.unit.merged");

		assertEnded(session, liaison);
	}

	@Test
	void aChangeOfNameOnlyKeepsTheSession() throws Exception {
		Account leader = this.scratch.account(Role.LEADER, PASSWORD);
		MockHttpSession session = loggedIn(leader, PASSWORD);

		as("sysadmin",
				post(url(leader, "edit")).param("username", leader.username())
					.param("displayName", "改名后的领导")
					.param("role", "LEADER")
					.param("regionId", String.valueOf(leader.regionId().value()))
					.param("version", version(leader)));

		assertWorks(session);
	}

	@Test
	void changingTheOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
		Account leader = this.scratch.account(Role.LEADER, PASSWORD);
		MockHttpSession here = loggedIn(leader, PASSWORD);
		MockHttpSession elsewhere = loggedIn(leader, PASSWORD);

		MvcResult changed = this.mvc
			.perform(post("/password").param("currentPassword", PASSWORD)
				.param("newPassword", "Laoling-2026")
				.param("repeatPassword", "Laoling-2026")
				.session(here)
				.with(csrf()))
			.andReturn();
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");

		for (int i = 0; i < 2; i++) {
			assertWorks(here);
		}
		assertEnded(elsewhere, leader);
		assertWorks(here);
	}

}
