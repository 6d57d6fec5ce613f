package cn.laoling.ledger.web.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * A request that arrived at the separate management server
 * ({@code management.server.port}, 8081 in production), which serves nothing but the
 * actuator's health, info and metrics. That port is for the load balancer and the
 * monitoring and is kept off the users' network; on the application's port the same
 * endpoints (where the management port is not separate, as in the demo) are refused but
 * for health.
 */
final class ManagementPort implements RequestMatcher {

	private static final String NAMESPACE = "management";

	@Override
	public boolean matches(HttpServletRequest request) {
		WebApplicationContext context = WebApplicationContextUtils
			.getWebApplicationContext(request.getServletContext());
		return context != null && WebServerApplicationContext.hasServerNamespace(context, NAMESPACE);
	}

}
