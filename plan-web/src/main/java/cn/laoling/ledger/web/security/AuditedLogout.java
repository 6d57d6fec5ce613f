package cn.laoling.ledger.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.web.audit.AuditTrail;

/** Records a logout while the user is still known; the session is killed after it. */
class AuditedLogout implements LogoutHandler {

	private final AuditTrail audit;

	AuditedLogout(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof LedgerUser user) {
			this.audit.now(user.getUsername(), AuditType.LOGOUT, AuditTrail.object("account", user.accountId().value()),
					AuditOutcome.SUCCESS, "");
		}
	}

}
