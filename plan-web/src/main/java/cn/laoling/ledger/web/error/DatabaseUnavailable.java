package cn.laoling.ledger.web.error;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed because the database cannot be reached, wherever it failed (a
 * page, the login, a security filter), gets the 503 page saying so instead of the generic
 * error. The pool gives up on a connection within seconds
 * ({@code spring.datasource.hikari.connection-timeout}) and opens new ones once the
 * database is back, so the next request after that works again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class DatabaseUnavailable extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!isUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("The database cannot be reached; answered {} with 503: {}", request.getRequestURI(),
					ex.getMessage());
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
	}

	/**
	 * Whether this request is showing the 503 page: what the page's frame would read from
	 * the database (counts in the navigation bar) is left out, or the page itself would
	 * fail.
	 */
	public static boolean isReported(HttpServletRequest request) {
		return Integer.valueOf(HttpServletResponse.SC_SERVICE_UNAVAILABLE)
			.equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
	}

	/**
	 * No connection to be had (the pool's wait ran out, the server refused or went away),
	 * as opposed to anything the database said about the request.
	 */
	static boolean isUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

}
