package cn.laoling.ledger.web.support;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A double click: the second submission waits for the first instead of failing. */
@SpringBootTest
class FormTokenClaimsTest {

	@Autowired
	FormTokenClaims claims;

	@Test
	void aSecondSubmissionWaitsWhileTheFirstRunsAndLearnsWhereItWent() throws Exception {
		String token = UUID.randomUUID().toString();
		assertThat(this.claims.claim(token)).isNull();
		assertThat(this.claims.claim(token)).isEqualTo(FormTokenClaims.IN_PROGRESS);

		CompletableFuture<String> second = awaiting(token);
		TimeUnit.MILLISECONDS.sleep(200);
		assertThat(second).isNotDone();
		this.claims.settle(token, "/tasks/42");

		assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("/tasks/42");
		assertThat(this.claims.claim(token)).as("a third submission learns it too").isEqualTo("/tasks/42");
	}

	@Test
	void aSecondSubmissionMayRunWhenTheFirstWasRefused() throws Exception {
		String token = UUID.randomUUID().toString();
		this.claims.claim(token);
		CompletableFuture<String> second = awaiting(token);
		TimeUnit.MILLISECONDS.sleep(100);
		this.claims.settle(token, null);

		assertThat(second.get(5, TimeUnit.SECONDS)).isNull();
		assertThat(this.claims.claim(token)).as("free to claim again").isNull();
	}

	@Test
	void aSubmissionThatRunsTooLongLeavesTheSecondInProgress() throws Exception {
		String token = UUID.randomUUID().toString();
		this.claims.claim(token);

		assertThat(this.claims.await(token, Duration.ofMillis(50))).isEqualTo(FormTokenClaims.IN_PROGRESS);
	}

	@Test
	void onlyTokensAsFormsCarryThemAreClaimed() {
		assertThat(FormTokenClaims.isWellFormed(UUID.randomUUID().toString())).isTrue();
		assertThat(FormTokenClaims.isWellFormed("x".repeat(5000))).isFalse();
		assertThat(FormTokenClaims.isWellFormed(null)).isFalse();
	}

	private CompletableFuture<String> awaiting(String token) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return this.claims.await(token, Duration.ofSeconds(5));
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
