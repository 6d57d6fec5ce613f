package cn.laoling.ledger.web.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password is due (first login, after a reset, after 90 days) can do nothing
 * but change it or log out.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	private static final Set<String> OPEN = Set.of("/password", "/logout", "/error");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean due = session != null && session.getAttribute(LoginOutcomes.PASSWORD_CHANGE_DUE) != null;
		if (due && !OPEN.contains(path) && !SecurityConfiguration.isStaticResource(path)) {
			response.sendRedirect(request.getContextPath() + "/password");
			return;
		}
		chain.doFilter(request, response);
	}

}
