package cn.laoling.ledger.web.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What happens after a login form is sent, each attempt recorded. A user whose password
 * is due goes to change it first; on any failure the same message is shown, whether the
 * user is unknown, the password wrong, the account locked or disabled, or the address
 * refused.
 */
@Component
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final String PASSWORD_CHANGE_DUE = LoginOutcomes.class.getName() + ".PASSWORD_CHANGE_DUE";

	private final LoginAttempts attempts;

	private final Clock clock;

	LoginOutcomes(LoginAttempts attempts, Clock clock) {
		this.attempts = attempts;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		boolean changeDue = this.attempts.succeeded(authentication.getName());
		SessionLifetime.begin(request.getSession(), this.clock.instant());
		if (changeDue) {
			request.getSession().setAttribute(PASSWORD_CHANGE_DUE, Boolean.TRUE);
			response.sendRedirect(request.getContextPath() + "/password");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/");
		}
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		this.attempts.failed(request.getParameter("username"), reason(exception),
				exception instanceof ThrottledLogin.LockingFailure);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	private static String reason(AuthenticationException exception) {
		if (exception instanceof ThrottledLogin.AddressRefused) {
			return "address refused";
		}
		if (exception instanceof LockedException) {
			return "locked";
		}
		if (exception instanceof DisabledException) {
			return "disabled";
		}
		if (exception instanceof BadCredentialsException) {
			return "bad credentials";
		}
		return exception.getClass().getSimpleName();
	}

}
