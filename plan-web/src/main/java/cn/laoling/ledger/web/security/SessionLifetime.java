package cn.laoling.ledger.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.web.audit.AuditTrail;

/**
 * Ends a logged-in session 12 hours after login, however busy it has been; the idle
 * timeout of 30 minutes is the servlet container's. Both are measured against the
 * application's clock.
 */
class SessionLifetime extends OncePerRequestFilter {

	static final Duration ABSOLUTE = Duration.ofHours(12);

	static final Duration IDLE = Duration.ofMinutes(30);

	/**
	 * The session is written to the database when an attribute changes: the last request
	 * is noted once a minute, not on every request, and idleness is measured to the
	 * minute.
	 */
	static final Duration LAST_SEEN_PRECISION = Duration.ofMinutes(1);

	static final String STARTED = SessionLifetime.class.getName() + ".STARTED";

	static final String LAST_SEEN = SessionLifetime.class.getName() + ".LAST_SEEN";

	private final Clock clock;

	private final AuditTrail audit;

	SessionLifetime(Clock clock, AuditTrail audit) {
		this.clock = clock;
		this.audit = audit;
	}

	/** Starts both clocks of a session at login. */
	static void begin(HttpSession session, Instant now) {
		session.setAttribute(STARTED, now);
		session.setAttribute(LAST_SEEN, now);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && authentication != null && authentication.getPrincipal() instanceof LedgerUser user) {
			Instant now = this.clock.instant();
			Instant started = (Instant) session.getAttribute(STARTED);
			Instant lastSeen = (Instant) session.getAttribute(LAST_SEEN);
			if (started == null) {
				session.setAttribute(STARTED, now);
			}
			else if (!now.isBefore(started.plus(ABSOLUTE))
					|| (lastSeen != null && !now.isBefore(lastSeen.plus(IDLE)))) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				this.audit.now(user.getUsername(), AuditType.SESSION_EXPIRED,
						AuditTrail.object("account", user.accountId().value()), AuditOutcome.SUCCESS, "");
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			if (lastSeen == null || !now.isBefore(lastSeen.plus(LAST_SEEN_PRECISION))) {
				session.setAttribute(LAST_SEEN, now);
			}
		}
		chain.doFilter(request, response);
	}

}
