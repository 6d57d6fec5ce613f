package cn.laoling.ledger.web.support;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What became of each one-time form token ({@link FormTokens}), kept in the database so
 * that a form is carried out once whichever instance of the application each of its
 * submissions reaches. A token is remembered for a day.
 */
@Component
public class FormTokenClaims {

	/** The outcome of a token whose first submission still runs. */
	public static final String IN_PROGRESS = "";

	private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

	private static final long POLL_MILLIS = 50;

	private final JdbcClient jdbc;

	FormTokenClaims(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/**
	 * Only tokens as {@link FormTokens} makes them are claimed; anything else is ignored.
	 */
	static boolean isWellFormed(String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	/**
	 * Claims a token for this request: answers {@code null} when it is new, otherwise
	 * what the first submission answered ({@link #IN_PROGRESS} while it still runs, or
	 * where it redirected to).
	 */
	public String claim(String token) {
		while (true) {
			int claimed = this.jdbc
				.sql("insert into form_token (token, outcome, claimed_at) values (?, '', now()) on conflict do nothing")
				.param(token)
				.update();
			if (claimed == 1) {
				return null;
			}
			Optional<String> earlier = outcome(token);
			if (earlier.isPresent()) {
				return earlier.get();
			}
			// the first submission was refused and forgot its claim between both
			// statements
		}
	}

	/**
	 * Waits, at most {@code patience}, while the first submission of a token still runs.
	 * @return where it redirected; {@link #IN_PROGRESS} when it still runs; {@code null}
	 * when it was refused (and forgotten), so that this one may claim the token
	 */
	public String await(String token, Duration patience) throws InterruptedException {
		long until = System.nanoTime() + patience.toNanos();
		while (true) {
			String outcome = outcome(token).orElse(null);
			if (!IN_PROGRESS.equals(outcome) || System.nanoTime() >= until) {
				return outcome;
			}
			TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
		}
	}

	/**
	 * Remembers where a finished submission redirected, or forgets it to allow a retry.
	 */
	public void settle(String token, String redirectedTo) {
		if (redirectedTo != null) {
			this.jdbc.sql("update form_token set outcome = ? where token = ?").params(redirectedTo, token).update();
		}
		else {
			this.jdbc.sql("delete from form_token where token = ?").param(token).update();
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldTokens() {
		this.jdbc.sql("delete from form_token where claimed_at < now() - interval '1 day'").update();
	}

	private Optional<String> outcome(String token) {
		return this.jdbc.sql("select outcome from form_token where token = ?")
			.param(token)
			.query(String.class)
			.optional();
	}

}
