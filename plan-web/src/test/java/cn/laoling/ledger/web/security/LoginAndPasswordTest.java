package cn.laoling.ledger.web.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.web.support.SessionCookieJar;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.MutableClock;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Logging in as a person would, through the login form, with the application's clock
 * moved forward by the test: lockout, first-login change, password history and expiry,
 * and the idle and absolute session limits.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
class LoginAndPasswordTest {

	private static final String PASSWORD = "Scratch-2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	ScratchData scratch;

	@Autowired
	DemoLedger demo;

	private MvcResult login(String username, String password, MockHttpSession session) throws Exception {
		return this.mvc.perform(
				post("/login").param("username", username).param("password", password).session(session).with(csrf()))
			.andReturn();
	}

	private String loginTo(String username, String password) throws Exception {
		return login(username, password, new MockHttpSession()).getResponse().getRedirectedUrl();
	}

	private MockHttpSession loggedIn(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		assertThat(login(username, password, session).getResponse().getRedirectedUrl()).isEqualTo("/");
		return session;
	}

	private MvcResult changePassword(MockHttpSession session, String current, String next) throws Exception {
		return this.mvc
			.perform(post("/password").param("currentPassword", current)
				.param("newPassword", next)
				.param("repeatPassword", next)
				.session(session)
				.with(csrf()))
			.andReturn();
	}

	@Test
	void fiveFailuresInARowLockTheAccountForThirtyMinutesAndEveryFailureReadsTheSame() throws Exception {
		Account account = this.scratch.account(Role.LEADER, PASSWORD);
		String unknownUser = loginTo("nobody-" + account.username(), PASSWORD);
		for (int i = 1; i <= 5; i++) {
			assertThat(loginTo(account.username(), "Wrong-" + i)).isEqualTo(unknownUser);
		}

		assertThat(loginTo(account.username(), PASSWORD)).as("locked, even with the right password")
			.isEqualTo(unknownUser)
			.isEqualTo("/login?error");
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(loginTo(account.username(), PASSWORD)).isEqualTo("/login?error");
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(loginTo(account.username(), PASSWORD)).isEqualTo("/");
	}

	@Test
	void aNewAccountMustChangeItsTemporaryPasswordBeforeDoingAnythingElse() throws Exception {
		String username = "new-" + System.nanoTime();
		MvcResult created = this.mvc
			.perform(post("/admin/accounts").param("username", username)
				.param("displayName", "新同事")
				.param("role", "LEADER")
				.param("regionId", String.valueOf(this.demo.region("昆都仑区").value()))
				.with(this.demo.as("sysadmin"))
				.with(csrf()))
			.andReturn();
		String temporary = (String) created.getFlashMap().get("temporaryPassword");
		assertThat(temporary).isNotBlank();

		MockHttpSession session = new MockHttpSession();
		assertThat(login(username, temporary, session).getResponse().getRedirectedUrl()).isEqualTo("/password");
		assertThat(this.mvc.perform(get("/plans").session(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/password");

		MvcResult weak = changePassword(session, temporary, "abcdefgh");
		assertThat(weak.getResponse().getStatus()).isEqualTo(200);
		assertThat(weak.getResponse().getContentAsString()).contains("密码须包含大写字母、小写字母、数字、符号中的至少三类");
		MvcResult withUsername = changePassword(session, temporary, username + "-X1");
		assertThat(withUsername.getResponse().getContentAsString()).contains("密码不能包含用户名");

		assertThat(changePassword(session, temporary, "Laoling-2026").getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(this.mvc.perform(get("/plans").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(loginTo(username, "Laoling-2026")).isEqualTo("/");
	}

	@Test
	void noneOfTheLastFivePasswordsMayBeUsedAgain() throws Exception {
		Account account = this.scratch.account(Role.LEADER, PASSWORD);
		MockHttpSession session = loggedIn(account.username(), PASSWORD);
		String current = PASSWORD;
		for (int i = 1; i <= 4; i++) {
			String next = "Changed-" + i + "x";
			assertThat(changePassword(session, current, next).getResponse().getRedirectedUrl()).isEqualTo("/");
			current = next;
		}

		MvcResult reused = changePassword(session, current, PASSWORD);
		assertThat(reused.getResponse().getContentAsString()).contains("不能使用最近5次用过的密码");

		assertThat(changePassword(session, current, "Changed-5x").getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(changePassword(session, "Changed-5x", PASSWORD).getResponse().getRedirectedUrl())
			.as("six changes ago")
			.isEqualTo("/");
	}

	@Test
	void aWrongCurrentPasswordChangesNothing() throws Exception {
		Account account = this.scratch.account(Role.LEADER, PASSWORD);
		MockHttpSession session = loggedIn(account.username(), PASSWORD);

		MvcResult wrong = changePassword(session, "Not-the-one1", "Laoling-2027");

		assertThat(wrong.getResponse().getContentAsString()).contains("当前密码不正确");
		assertThat(loginTo(account.username(), PASSWORD)).isEqualTo("/");
	}

	@Test
	void aPasswordFallsDueAfterNinetyDaysExceptForTheDemoAccounts() throws Exception {
		Account account = this.scratch.account(Role.LEADER, PASSWORD);
		this.clock.advance(Duration.ofDays(89));
		assertThat(loginTo(account.username(), PASSWORD)).isEqualTo("/");
		this.clock.advance(Duration.ofDays(1));
		assertThat(loginTo(account.username(), PASSWORD)).isEqualTo("/password");
		this.clock.advance(Duration.ofDays(400));
		assertThat(loginTo("office", "Demo@2026")).isEqualTo("/");
	}

	@Test
	void aSessionEndsAfterThirtyIdleMinutes() throws Exception {
		Account account = this.scratch.account(Role.LEADER, PASSWORD);
		MockHttpSession session = loggedIn(account.username(), PASSWORD);
		assertThat(this.mvc.perform(get("/plans").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);

		this.clock.advance(Duration.ofMinutes(29));
		assertThat(this.mvc.perform(get("/plans").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(30));
		assertThat(this.mvc.perform(get("/plans").session(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login?expired");
		SessionCookieJar.assertEnded(this.mvc, session);
	}

	@Test
	void aSessionEndsTwelveHoursAfterLoginHoweverBusy() throws Exception {
		Account account = this.scratch.account(Role.LEADER, PASSWORD);
		MockHttpSession session = loggedIn(account.username(), PASSWORD);
		Duration busy = Duration.ZERO;
		String answer = null;
		while (busy.compareTo(Duration.ofHours(13)) < 0) {
			this.clock.advance(Duration.ofMinutes(20));
			busy = busy.plusMinutes(20);
			answer = this.mvc.perform(get("/plans").session(session)).andReturn().getResponse().getRedirectedUrl();
			if (answer != null) {
				break;
			}
		}
		assertThat(answer).isEqualTo("/login?expired");
		assertThat(busy).isEqualTo(Duration.ofHours(12));
	}

	@Test
	void logoutWithoutACsrfTokenIsRefusedAndTheSessionLives() throws Exception {
		Account account = this.scratch.account(Role.LEADER, PASSWORD);
		MockHttpSession session = loggedIn(account.username(), PASSWORD);

		assertThat(this.mvc.perform(post("/logout").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.mvc.perform(get("/plans").session(session)).andReturn().getResponse().getStatus())
			.as("the session still opens pages")
			.isEqualTo(200);
	}

	@Test
	void theSecurityAdministratorUnlocksAndResetsAndTheUserMustChangeAtNextLogin() throws Exception {
		Account account = this.scratch.account(Role.LEADER, PASSWORD);
		for (int i = 1; i <= 5; i++) {
			loginTo(account.username(), "Wrong-" + i);
		}
		long version = this.demo.account(account.username()).version();
		this.mvc.perform(post("/admin/accounts/" + account.id().value() + "/unlock").param("version", "" + version)
			.with(this.demo.as("secadmin"))
			.with(csrf()));
		assertThat(loginTo(account.username(), PASSWORD)).isEqualTo("/");

		version = this.demo.account(account.username()).version();
		MvcResult reset = this.mvc
			.perform(post("/admin/accounts/" + account.id().value() + "/reset-password").param("version", "" + version)
				.with(this.demo.as("secadmin"))
				.with(csrf()))
			.andReturn();
		String temporary = (String) reset.getFlashMap().get("temporaryPassword");
		assertThat(loginTo(account.username(), PASSWORD)).isEqualTo("/login?error");
		assertThat(loginTo(account.username(), temporary)).isEqualTo("/password");
	}

}
