package cn.laoling.ledger.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.AccountId;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.Credentials;
import cn.laoling.ledger.account.LoginFailures;
import cn.laoling.ledger.account.LoginThrottle;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.region.Regions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login throttle's counts on the real database: taken before a password is checked,
 * atomically, so that parallel attempts get no more passwords checked than sequential
 * ones.
 */
@PersistenceTest
class LoginThrottlePersistenceTest {

	private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

	@Autowired
	Regions regions;

	@Autowired
	Accounts accounts;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	PlatformTransactionManager transactions;

	private AccountId account() {
		return this.accounts.save(Account.open(Fixtures.unique("th"), "王敏", Role.OFFICE,
				Fixtures.region(this.regions).id(), null, Credentials.temporary("{noop}t", AT)))
			.id();
	}

	private static <T> List<T> together(int count, Callable<T> task) throws Exception {
		CyclicBarrier barrier = new CyclicBarrier(count);
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<Future<T>> futures = IntStream.range(0, count).mapToObj((i) -> pool.submit(() -> {
				barrier.await();
				return task.call();
			})).toList();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theFifthAttemptLocksForThirtyMinutesAndNoneIsTakenWhileLocked() {
		AccountId id = account();
		for (int i = 1; i <= LoginFailures.LIMIT; i++) {
			assertThat(this.throttle.attempt(id, AT)).hasValue(i);
		}
		assertThat(this.accounts.findById(id).orElseThrow().lockedAt(AT)).isTrue();
		assertThat(this.throttle.attempt(id, AT.plus(Duration.ofMinutes(29)))).isEmpty();
		assertThat(this.accounts.findById(id).orElseThrow().lockedAt(AT.plus(Duration.ofMinutes(29))))
			.as("attempts while locked do not prolong the lock")
			.isTrue();
		assertThat(this.throttle.attempt(id, AT.plus(LoginFailures.LOCK))).hasValue(1);
	}

	@Test
	void fiftyParallelAttemptsTakeFiveAndTheRestAreRefused() throws Exception {
		AccountId id = account();

		List<OptionalInt> taken = together(50, () -> this.throttle.attempt(id, AT));

		assertThat(taken.stream().filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).sorted())
			.containsExactly(1, 2, 3, 4, 5);
		assertThat(this.accounts.findById(id).orElseThrow().lockedAt(AT)).isTrue();
	}

	@Test
	void aRightPasswordClearsTheAttemptsWhenItIsTheLatestAndOtherwiseLeavesThemCounted() {
		AccountId id = account();
		this.throttle.attempt(id, AT);
		int earlier = this.throttle.attempt(id, AT).getAsInt();
		int latest = this.throttle.attempt(id, AT).getAsInt();

		assertThat(this.throttle.admit(id, earlier, AT)).isTrue();
		assertThat(this.throttle.attempt(id, AT)).as("the attempt after it still counted").hasValue(4);
		assertThat(this.throttle.admit(id, 4, AT)).isTrue();
		assertThat(this.throttle.attempt(id, AT)).hasValue(1);
		assertThat(latest).isEqualTo(3);
	}

	@Test
	void aRightPasswordCheckedWhileAnotherAttemptLockedTheAccountIsRefused() {
		AccountId id = account();
		int first = this.throttle.attempt(id, AT).getAsInt();
		for (int i = 2; i <= LoginFailures.LIMIT; i++) {
			this.throttle.attempt(id, AT);
		}

		assertThat(this.throttle.admit(id, first, AT)).isFalse();
		assertThat(this.throttle.admit(id, LoginFailures.LIMIT, AT)).as("the attempt that took the last one").isTrue();
		assertThat(this.accounts.findById(id).orElseThrow().lockedAt(AT)).isFalse();
	}

	@Test
	void aRightFifthPasswordWhileOthersWereRefusedLogsInButLeavesTheLock() {
		AccountId id = account();
		for (int i = 1; i <= LoginFailures.LIMIT; i++) {
			this.throttle.attempt(id, AT);
		}
		assertThat(this.throttle.attempt(id, AT)).isEmpty();

		assertThat(this.throttle.admit(id, LoginFailures.LIMIT, AT)).isTrue();
		assertThat(this.throttle.attempt(id, AT)).as("the burst it was part of stays locked out").isEmpty();
	}

	@Test
	void anEditOfTheAccountDoesNotWriteBackTheCountItReadInItsTransaction() {
		AccountId id = account();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			Account read = this.accounts.findById(id).orElseThrow();
			for (int i = 1; i <= LoginFailures.LIMIT; i++) {
				this.throttle.attempt(id, AT);
			}
			read.changeEmail("wang@example.org");
			this.accounts.save(read);
		});

		Account saved = this.accounts.findById(id).orElseThrow();
		assertThat(saved.email()).contains("wang@example.org");
		assertThat(saved.lockedAt(AT)).as("the lock taken while the edit was under way").isTrue();
	}

	@Test
	void anAddressIsRefusedAfterItsLimitInParallelAndASuccessGivesItsAttemptBack() throws Exception {
		String address = Fixtures.unique("address-");

		List<Boolean> taken = together(LoginFailures.ADDRESS_LIMIT + 20, () -> this.throttle.attemptFrom(address, AT));

		assertThat(taken.stream().filter(Boolean::booleanValue)).hasSize(LoginFailures.ADDRESS_LIMIT);
		this.throttle.succeededFrom(address, AT);
		assertThat(this.throttle.attemptFrom(address, AT)).isTrue();
		assertThat(this.throttle.attemptFrom(address, AT)).isFalse();
		assertThat(this.throttle.attemptFrom(address, AT.plus(LoginFailures.LOCK))).isTrue();
	}

}
