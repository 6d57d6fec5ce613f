package cn.laoling.ledger.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Carries out a form with a {@link FormTokens} token once. A second submission of the
 * same form is sent where the first one went; while the first still runs, it is refused
 * with 409.
 */
class DoubleSubmitGuard implements HandlerInterceptor {

	private static final String CLAIMED = DoubleSubmitGuard.class.getName() + ".CLAIMED";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		String token = request.getParameter(FormTokens.PARAMETER);
		HttpSession session = request.getSession(false);
		if (!"POST".equals(request.getMethod()) || token == null || session == null) {
			return true;
		}
		String earlier = FormTokens.claim(session, token);
		if (earlier == null) {
			request.setAttribute(CLAIMED, token);
			return true;
		}
		if (earlier.equals(FormTokens.IN_PROGRESS)) {
			response.sendError(HttpServletResponse.SC_CONFLICT);
		}
		else {
			response.sendRedirect(earlier);
		}
		return false;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		Object token = request.getAttribute(CLAIMED);
		HttpSession session = request.getSession(false);
		if (token != null && session != null) {
			boolean redirected = ex == null && response.getStatus() / 100 == 3;
			FormTokens.settle(session, (String) token, redirected ? response.getHeader("Location") : null);
		}
	}

}
