package cn.laoling.ledger.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.LoginFailures;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.web.ScratchData;
import cn.laoling.ledger.web.support.LoopbackClient;
import cn.laoling.ledger.web.support.LoopbackClient.Page;
import cn.laoling.ledger.web.support.LoopbackClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords as an attacker would, over real HTTP, 50 requests released together:
 * however many arrive at once, no more passwords are checked than the lock allows, the
 * right one among them does not get in once the lock is taken, every attempt leaves one
 * audit row, and none answers with an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleAttackTest {

	private static final int BURST = 50;

	private static final String PASSWORD = "Scratch-2026";

	private static final String NEW_PASSWORD = "Taken-Over-2027";

	@LocalServerPort
	int port;

	@Autowired
	ScratchData scratch;

	@Autowired
	JdbcTemplate jdbc;

	/** Sends each request from its own thread, all released by one barrier. */
	private static List<Response> together(List<Callable<Response>> requests) throws Exception {
		CyclicBarrier barrier = new CyclicBarrier(requests.size());
		ExecutorService pool = Executors.newFixedThreadPool(requests.size());
		try {
			List<Future<Response>> futures = new ArrayList<>();
			for (Callable<Response> request : requests) {
				futures.add(pool.submit(() -> {
					barrier.await();
					return request.call();
				}));
			}
			List<Response> responses = new ArrayList<>();
			for (Future<Response> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Callable<Response> login(LoopbackClient client, Page page, String username, String password) {
		return () -> client.post("/login", page.session(),
				Map.of("username", username, "password", password, "_csrf", page.csrf()));
	}

	/** The audit rows written for requests from this address: type and detail. */
	private List<String> auditFrom(LoopbackClient client) {
		return this.jdbc.queryForList("select type || ' ' || detail from audit_event where client_ip = ? order by id",
				String.class, client.address());
	}

	private static long count(List<String> rows, String row) {
		return rows.stream().filter(row::equals).count();
	}

	private static void assertNoneFailed(List<Response> responses) {
		assertThat(responses).extracting(Response::status).as("no error page, no 500").isSubsetOf(302, 200);
	}

	@Test
	void fiftyLoginsAtOnceGetAtMostFivePasswordsCheckedAndTheRightOneAmongThemDoesNotGetPastTheLock() throws Exception {
		Account account = this.scratch.account(Role.LEADER, PASSWORD);
		LoopbackClient attacker = LoopbackClient.fromAnAddressOfItsOwn(this.port);
		List<Callable<Response>> guesses = new ArrayList<>();
		for (int i = 0; i < BURST; i++) {
			String guess = (i == BURST / 2) ? PASSWORD : "Guess-" + i;
			guesses.add(login(attacker, attacker.loginPage(), account.username(), guess));
		}

		List<Response> answers = together(guesses);

		assertNoneFailed(answers);
		assertThat(answers).extracting((a) -> a.location().orElse(""))
			.as("a login only if the right password was among the five checked: never past the lock")
			.filteredOn((location) -> !location.endsWith("/login?error"))
			.hasSizeLessThanOrEqualTo(1);
		List<String> audit = auditFrom(attacker);
		long checked = count(audit, "LOGIN_FAILED bad credentials") + count(audit, "LOGIN_SUCCEEDED ");
		assertThat(checked).as("passwords checked of " + BURST).isLessThanOrEqualTo(LoginFailures.LIMIT);
		assertThat(audit.stream().filter((row) -> row.startsWith("LOGIN_"))).as("one row per attempt").hasSize(BURST);
		long refused = count(audit, "LOGIN_FAILED locked") + count(audit, "LOGIN_FAILED address refused");
		assertThat(refused).as("refused before any password was checked").isEqualTo(BURST - checked);
		assertThat(count(audit, "ACCOUNT_LOCKED ")).isEqualTo(1);

		LoopbackClient owner = LoopbackClient.fromAnAddressOfItsOwn(this.port);
		assertThat(login(owner, owner.loginPage(), account.username(), PASSWORD).call().location())
			.as("the right password after the burst, from elsewhere")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
		System.out.printf("login burst: %d of %d passwords checked, %d refused unchecked, %d answers 5xx%n", checked,
				BURST, refused, answers.stream().filter((a) -> a.status() >= 500).count());
	}

	@Test
	void unknownUsernamesFromOneAddressAreRefusedAfterItsLimitAndReadLikeAnyOtherFailure() throws Exception {
		Account account = this.scratch.account(Role.LEADER, PASSWORD);
		LoopbackClient sprayer = LoopbackClient.fromAnAddressOfItsOwn(this.port);
		List<Callable<Response>> guesses = new ArrayList<>();
		for (int i = 0; i < BURST; i++) {
			guesses.add(login(sprayer, sprayer.loginPage(), "nobody-" + i + "-" + account.username(), PASSWORD));
		}

		List<Response> answers = together(guesses);

		assertNoneFailed(answers);
		assertThat(answers).extracting((a) -> a.location().orElse(""))
			.allSatisfy((location) -> assertThat(location).endsWith("/login?error"));
		List<String> audit = auditFrom(sprayer);
		assertThat(audit).as("one row per attempt, never naming what was typed")
			.allSatisfy((row) -> assertThat(row).startsWith("LOGIN_FAILED ").doesNotContain("nobody"))
			.hasSize(BURST);
		assertThat(count(audit, "LOGIN_FAILED address refused")).isEqualTo(BURST - LoginFailures.ADDRESS_LIMIT);

		assertThat(login(sprayer, sprayer.loginPage(), account.username(), PASSWORD).call().location())
			.as("a known account with its right password, from the refused address")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
		LoopbackClient owner = LoopbackClient.fromAnAddressOfItsOwn(this.port);
		assertThat(login(owner, owner.loginPage(), account.username(), PASSWORD).call().location())
			.as("the same login from another address")
			.hasValueSatisfying((location) -> assertThat(location).doesNotEndWith("/login?error"));
	}

	@Test
	void fiftyPasswordChangesAtOnceGetAtMostFiveCurrentPasswordsCheckedAndThenTheRightOneReadsLikeAWrongOne()
			throws Exception {
		Account account = this.scratch.account(Role.LEADER, PASSWORD);
		LoopbackClient thief = LoopbackClient.fromAnAddressOfItsOwn(this.port);
		Response loggedIn = login(thief, thief.loginPage(), account.username(), PASSWORD).call();
		String session = loggedIn.session().orElseThrow();
		String csrf = thief.get("/password", session).csrf();
		List<Callable<Response>> guesses = new ArrayList<>();
		for (int i = 0; i < BURST; i++) {
			String guess = (i == BURST / 2) ? PASSWORD : "Guess-" + i;
			guesses.add(() -> thief.post("/password", session, Map.of("currentPassword", guess, "newPassword",
					NEW_PASSWORD, "repeatPassword", NEW_PASSWORD, "_csrf", csrf)));
		}

		List<Response> answers = together(guesses);

		assertNoneFailed(answers);
		assertThat(answers).extracting(Response::status)
			.as("changed only if the right password was among the five checked")
			.filteredOn((status) -> status == 302)
			.hasSizeLessThanOrEqualTo(1);
		String current = answers.stream().anyMatch((a) -> a.status() == 302) ? NEW_PASSWORD : PASSWORD;
		List<String> audit = auditFrom(thief);
		long checked = count(audit, "PASSWORD_CHANGED wrong current password") + count(audit, "PASSWORD_CHANGED ");
		assertThat(checked).as("current passwords checked of " + BURST).isLessThanOrEqualTo(LoginFailures.LIMIT);
		assertThat(audit.stream().filter((row) -> row.startsWith("PASSWORD_CHANGED"))).hasSize(BURST);

		Map<String, String> form = Map.of("newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD, "_csrf", csrf);
		String right = withoutFormTokens(thief.post("/password", session, with(form, "currentPassword", current)));
		String wrong = withoutFormTokens(thief.post("/password", session, with(form, "currentPassword", "Guess-x")));
		assertThat(right).as("the right current password once locked").isEqualTo(wrong).contains("当前密码不正确");
		LoopbackClient owner = LoopbackClient.fromAnAddressOfItsOwn(this.port);
		assertThat(login(owner, owner.loginPage(), account.username(), current).call().location())
			.as("the same lock as the login's")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
	}

	/**
	 * The page without its form tokens (the double-submit one and the masked CSRF one),
	 * which differ every time it is shown.
	 */
	private static String withoutFormTokens(Response page) {
		return page.body().replaceAll("name=\"(_formToken|_csrf)\" value=\"[^\"]*\"", "");
	}

	private static Map<String, String> with(Map<String, String> form, String name, String value) {
		Map<String, String> more = new java.util.HashMap<>(form);
		more.put(name, value);
		return more;
	}

}
