package cn.laoling.ledger.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a visitor who is not logged in to the login page; one whose session ended (idle
 * past its limit, or the server restarted) is told so there, rather than meeting the
 * login form without a word.
 */
class LoginEntry implements AuthenticationEntryPoint {

	static final String EXPIRED = "/login?expired";

	private final AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

	private final AuthenticationEntryPoint expired = new LoginUrlAuthenticationEntryPoint(EXPIRED);

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException, ServletException {
		(sessionEnded(request) ? this.expired : this.login).commence(request, response, authException);
	}

	/** The browser still names a session the server no longer has. */
	static boolean sessionEnded(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}

}
