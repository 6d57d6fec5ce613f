package cn.laoling.ledger.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.web.audit.AuditTrail;

/**
 * Records every refusal, then shows what the user should read: a form sent after the
 * session ended (its token went with the session) goes to the login page saying so; an
 * address the application has no page for is not found, not forbidden; the rest is the
 * 403 page.
 */
class AuditedAccessDenied implements AccessDeniedHandler {

	private final AuditTrail audit;

	private final ObjectProvider<HandlerMapping> pages;

	private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

	AuditedAccessDenied(AuditTrail audit, ObjectProvider<HandlerMapping> pages) {
		this.audit = audit;
		this.pages = pages;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		boolean forged = accessDeniedException instanceof CsrfException;
		boolean unknown = !forged && !isPage(request);
		this.audit.now(AuditType.ACCESS_DENIED, requested(request), AuditOutcome.FAILURE,
				forged ? "csrf token missing or invalid" : unknown ? AuditedNotFound.NOT_FOUND : "not permitted");
		if (forged && LoginEntry.sessionEnded(request)) {
			response.sendRedirect(request.getContextPath() + LoginEntry.EXPIRED);
		}
		else if (unknown) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
		}
		else {
			this.page.handle(request, response, accessDeniedException);
		}
	}

	/** Whether a page of the application answers the address (with any method). */
	private boolean isPage(HttpServletRequest request) {
		HandlerMapping pages = this.pages.getIfAvailable();
		if (pages == null) {
			return true;
		}
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		try {
			return pages.getHandler(request) != null;
		}
		catch (Exception ex) {
			// a page at this address, but not for this method or these headers
			return true;
		}
	}

	/** A refused request as the log names it: {@code GET /tasks/42}. */
	static String requested(HttpServletRequest request) {
		return request.getMethod() + " " + request.getRequestURI().substring(request.getContextPath().length());
	}

}
