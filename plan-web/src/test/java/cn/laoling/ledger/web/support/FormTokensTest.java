package cn.laoling.ledger.web.support;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/** A double click: the second submission waits for the first instead of failing. */
class FormTokensTest {

	private final MockHttpSession session = new MockHttpSession();

	@Test
	void aSecondSubmissionWaitsWhileTheFirstRunsAndLearnsWhereItWent() throws Exception {
		assertThat(FormTokens.claim(this.session, "t1")).isNull();
		assertThat(FormTokens.claim(this.session, "t1")).isEqualTo(FormTokens.IN_PROGRESS);

		CompletableFuture<String> second = awaiting("t1");
		TimeUnit.MILLISECONDS.sleep(200);
		assertThat(second).isNotDone();
		FormTokens.settle(this.session, "t1", "/tasks/42");

		assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("/tasks/42");
	}

	@Test
	void aSecondSubmissionMayRunWhenTheFirstWasRefused() throws Exception {
		FormTokens.claim(this.session, "t2");
		CompletableFuture<String> second = awaiting("t2");
		TimeUnit.MILLISECONDS.sleep(100);
		FormTokens.settle(this.session, "t2", null);

		assertThat(second.get(5, TimeUnit.SECONDS)).isNull();
		assertThat(FormTokens.claim(this.session, "t2")).as("free to claim again").isNull();
	}

	@Test
	void aSubmissionThatRunsTooLongLeavesTheSecondInProgress() throws Exception {
		FormTokens.claim(this.session, "t3");

		assertThat(FormTokens.await(this.session, "t3", Duration.ofMillis(50))).isEqualTo(FormTokens.IN_PROGRESS);
	}

	private CompletableFuture<String> awaiting(String token) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return FormTokens.await(this.session, token, Duration.ofSeconds(5));
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
