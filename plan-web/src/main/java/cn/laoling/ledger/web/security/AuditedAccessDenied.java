package cn.laoling.ledger.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.web.audit.AuditTrail;

/** Records every refusal, then shows the 403 page. */
class AuditedAccessDenied implements AccessDeniedHandler {

	private final AuditTrail audit;

	private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

	AuditedAccessDenied(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		this.audit.now(AuditType.ACCESS_DENIED, requested(request), AuditOutcome.FAILURE,
				(accessDeniedException instanceof CsrfException) ? "csrf token missing or invalid" : "not permitted");
		this.page.handle(request, response, accessDeniedException);
	}

	/** A refused request as the log names it: {@code GET /tasks/42}. */
	static String requested(HttpServletRequest request) {
		return request.getMethod() + " " + request.getRequestURI().substring(request.getContextPath().length());
	}

}
