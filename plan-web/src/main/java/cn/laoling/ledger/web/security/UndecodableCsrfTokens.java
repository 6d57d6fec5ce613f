package cn.laoling.ledger.web.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's own CSRF tokens (masked afresh on every page), except that a sent
 * token which does not even decode, one character of it changed, is a wrong token like
 * any other (403, audited as a refusal) instead of an error: the masked bytes of a
 * corrupted token are not UTF-8, and the library's decoder throws.
 */
final class UndecodableCsrfTokens implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
		this.masked.handle(request, response, token);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		try {
			return this.masked.resolveCsrfTokenValue(request, token);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
