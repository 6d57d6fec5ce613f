package cn.laoling.ledger.web.support;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that carries a NUL character in a field, with the 400 page, before
 * anything reads it. PostgreSQL keeps no NUL in text, and no keyboard or browser form
 * sends one, so only a forged request does; refused here, it can neither fail a write
 * half-way nor pass for a conflict with someone else's edit. Runs before security, so
 * that the login form is guarded too. The fields of an upload's form are read by the
 * dispatcher, not here (so that an upload is bounded before it is read): only its address
 * is checked here, and its fields by {@link NulBytesInUploads} once the dispatcher has
 * read them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class NulBytes extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(NulBytes.class);

	private static final char NUL = '\u0000';

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (carriesNul(request)) {
			log.info("Refused a request to {} with a NUL character in a field", request.getRequestURI());
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean carriesNul(HttpServletRequest request) {
		String type = request.getContentType();
		if (type != null && type.toLowerCase().startsWith("multipart/")) {
			String query = request.getQueryString();
			return query != null && query.toUpperCase(Locale.ROOT).contains("%00");
		}
		return carriesNul(request.getParameterMap());
	}

	static boolean carriesNul(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getKey().indexOf(NUL) >= 0) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf(NUL) >= 0) {
					return true;
				}
			}
		}
		return false;
	}

}
