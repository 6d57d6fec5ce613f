package cn.laoling.ledger.web.error;

import java.sql.SQLException;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * What PostgreSQL refused, told by its SQLSTATE: a value it cannot keep (class 22, e.g. a
 * number or date out of its range) is the request's fault, 400; a unique key taken is a
 * clash with another record (most often one made by a request at the same moment), 409
 * naming it; any other broken constraint a conflict, 409. The transaction was rolled
 * back, so nothing changed.
 */
enum DatabaseRefusal {

	VALUE_OUT_OF_RANGE(HttpStatus.BAD_REQUEST, null),

	NAME_TAKEN(HttpStatus.CONFLICT, "error.409.taken"),

	CONFLICT(HttpStatus.CONFLICT, null);

	private final HttpStatus status;

	private final String text;

	DatabaseRefusal(HttpStatus status, String text) {
		this.status = status;
		this.text = text;
	}

	static DatabaseRefusal of(Throwable failure) {
		String state = sqlState(failure).orElse("");
		if (state.startsWith("22")) {
			return VALUE_OUT_OF_RANGE;
		}
		return state.equals("23505") ? NAME_TAKEN : CONFLICT;
	}

	static Optional<String> sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return Optional.of(sql.getSQLState());
			}
		}
		return Optional.empty();
	}

	HttpStatus status() {
		return this.status;
	}

	/** The message key of the page's text where it says more than the page's own. */
	Optional<String> text() {
		return Optional.ofNullable(this.text);
	}

}
