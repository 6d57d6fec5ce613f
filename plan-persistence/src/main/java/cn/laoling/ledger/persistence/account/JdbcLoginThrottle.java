package cn.laoling.ledger.persistence.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.account.AccountId;
import cn.laoling.ledger.account.LoginFailures;
import cn.laoling.ledger.account.LoginThrottle;

/**
 * Each count is one UPDATE (or INSERT ... ON CONFLICT) whose row lock orders parallel
 * attempts and whose SET expressions read the row as it stands after any wait, committed
 * in a transaction of its own: nothing is read first and written later, so nothing can be
 * stale and nothing is retried.
 */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
class JdbcLoginThrottle implements LoginThrottle {

	/**
	 * Counts the attempt unless the account is locked, and counts it as refused when it
	 * is; a lock that ran out starts the count again, and the attempt that takes the last
	 * one locks the account. The row is written either way, so that one statement decides
	 * and its answer (refused_logins = 0: taken) is the row as it now stands.
	 */
	private static final String ATTEMPT = """
			update account set
			  failed_logins = case when locked_until > ?::timestamptz then failed_logins
			    when locked_until <= ?::timestamptz then 1 else least(failed_logins, ?::integer - 1) + 1 end,
			  locked_until = case when locked_until > ?::timestamptz then locked_until
			    when locked_until <= ?::timestamptz then null when failed_logins + 1 >= ?::integer then ?::timestamptz end,
			  refused_logins = case when locked_until > ?::timestamptz then refused_logins + 1 else 0 end
			where id = ?
			returning failed_logins, refused_logins""";

	/**
	 * A right password is admitted unless the account is locked now, or was locked by its
	 * own attempt (the fifth). Its attempts are cleared only when none came after it and
	 * none was refused meanwhile: a right password among a burst leaves the burst locked
	 * out.
	 */
	private static final String ADMIT = """
			update account set
			  failed_logins = case when failed_logins = ?::integer and refused_logins = 0 then 0
			    else failed_logins end,
			  locked_until = case when failed_logins = ?::integer and refused_logins = 0 then null
			    else locked_until end
			where id = ? and (locked_until is null or locked_until <= ?::timestamptz or failed_logins = ?::integer)
			returning id""";

	private static final String ATTEMPT_FROM = """
			insert into login_address as a (address, attempts, window_ends) values (?, 1, ?::timestamptz)
			on conflict (address) do update set
			  attempts = case when a.window_ends <= ?::timestamptz then 1 else a.attempts + 1 end,
			  window_ends = case when a.window_ends <= ?::timestamptz or a.attempts + 1 >= ?::integer then excluded.window_ends
			    else a.window_ends end
			where a.window_ends <= ?::timestamptz or a.attempts < ?::integer
			returning attempts""";

	private static final String SUCCEEDED_FROM = """
			update login_address set attempts = attempts - 1
			where address = ? and attempts > 0 and window_ends > ?::timestamptz""";

	private final JdbcTemplate jdbc;

	JdbcLoginThrottle(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public OptionalInt attempt(AccountId account, Instant now) {
		Timestamp at = Timestamp.from(now);
		int limit = LoginFailures.LIMIT;
		List<OptionalInt> taken = this.jdbc.query(ATTEMPT,
				(rs, n) -> (rs.getInt("refused_logins") == 0) ? OptionalInt.of(rs.getInt("failed_logins"))
						: OptionalInt.empty(),
				at, at, limit, at, at, limit, Timestamp.from(now.plus(LoginFailures.LOCK)), at, account.value());
		return taken.isEmpty() ? OptionalInt.empty() : taken.get(0);
	}

	@Override
	public boolean admit(AccountId account, int attempt, Instant now) {
		return !this.jdbc
			.queryForList(ADMIT, Long.class, attempt, attempt, account.value(), Timestamp.from(now), attempt)
			.isEmpty();
	}

	@Override
	public boolean attemptFrom(String address, Instant now) {
		Timestamp at = Timestamp.from(now);
		return !this.jdbc
			.queryForList(ATTEMPT_FROM, Integer.class, address, Timestamp.from(now.plus(LoginFailures.LOCK)), at, at,
					LoginFailures.ADDRESS_LIMIT, at, LoginFailures.ADDRESS_LIMIT)
			.isEmpty();
	}

	@Override
	public void succeededFrom(String address, Instant now) {
		this.jdbc.update(SUCCEEDED_FROM, address, Timestamp.from(now));
	}

}
