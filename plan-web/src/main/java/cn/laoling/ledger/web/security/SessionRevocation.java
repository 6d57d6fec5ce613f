package cn.laoling.ledger.web.security;

import java.io.IOException;
import java.io.Serializable;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.laoling.ledger.account.AccountId;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.web.audit.AuditTrail;

/**
 * Ends a session at its next request once its account was changed: disabled, given a new
 * password (a reset, or the user's own change in another session), another role, unit or
 * region. The session holds the account's session generation from its login; the account
 * row holds the current one, read here on every request (one primary-key read of one
 * column). Kept on the row rather than in a registry of this instance's sessions, it ends
 * the sessions that every instance of the application holds.
 */
class SessionRevocation extends OncePerRequestFilter {

	private static final String HELD = SessionRevocation.class.getName() + ".HELD";

	private final Accounts accounts;

	private final AuditTrail audit;

	SessionRevocation(Accounts accounts, AuditTrail audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * Keeps the session in which the user changed their own password: it holds the new
	 * generation, while the account's other sessions end.
	 */
	static void keep(HttpSession session, AccountId account, long generation) {
		session.setAttribute(HELD, new Held(account.value(), generation));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication != null && authentication.getPrincipal() instanceof LedgerUser user
				&& !SecurityConfiguration.isStaticResource(path)) {
			HttpSession session = request.getSession(false);
			long held = heldBy(session, user);
			OptionalLong current = this.accounts.sessionGenerationOf(user.accountId());
			if (current.isEmpty() || current.getAsLong() != held) {
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				this.audit.now(user.getUsername(), AuditType.SESSION_REVOKED,
						AuditTrail.object("account", user.accountId().value()), AuditOutcome.SUCCESS, "");
				response.sendRedirect(request.getContextPath() + "/login?revoked");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static long heldBy(HttpSession session, LedgerUser user) {
		if (session != null && session.getAttribute(HELD) instanceof Held held
				&& held.account() == user.accountId().value()) {
			return held.generation();
		}
		return user.sessionGeneration();
	}

	/** The generation a session holds since its user changed their own password. */
	private record Held(long account, long generation) implements Serializable {
	}

}
