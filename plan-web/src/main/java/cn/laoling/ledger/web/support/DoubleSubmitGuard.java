package cn.laoling.ledger.web.support;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Carries out a form with a {@link FormTokens} token once. A second submission of the
 * same form (a double click, a refresh, the back button and send again) is sent where the
 * first one went, with a message saying that nothing was done twice; while the first
 * still runs, the second waits for it (a double click), and only when it takes longer
 * than {@link #PATIENCE} is the second refused with 409.
 */
class DoubleSubmitGuard implements HandlerInterceptor {

	static final String REPEATED = "flash.form.repeated";

	static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final String CLAIMED = DoubleSubmitGuard.class.getName() + ".CLAIMED";

	private final FormTokenClaims claims;

	DoubleSubmitGuard(FormTokenClaims claims) {
		this.claims = claims;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		String token = request.getParameter(FormTokens.PARAMETER);
		if (!"POST".equals(request.getMethod()) || !FormTokenClaims.isWellFormed(token)) {
			return true;
		}
		String earlier = this.claims.claim(token);
		if (FormTokenClaims.IN_PROGRESS.equals(earlier)) {
			earlier = this.claims.await(token, PATIENCE);
			if (earlier == null) {
				earlier = this.claims.claim(token);
			}
		}
		if (earlier == null) {
			request.setAttribute(CLAIMED, token);
			return true;
		}
		if (earlier.equals(FormTokenClaims.IN_PROGRESS)) {
			response.sendError(HttpServletResponse.SC_CONFLICT);
		}
		else {
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("message", REPEATED);
			RequestContextUtils.saveOutputFlashMap(earlier, request, response);
			response.sendRedirect(earlier);
		}
		return false;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		Object token = request.getAttribute(CLAIMED);
		if (token != null) {
			boolean redirected = ex == null && response.getStatus() / 100 == 3;
			this.claims.settle((String) token, redirected ? response.getHeader("Location") : null);
		}
	}

}
