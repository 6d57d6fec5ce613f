package cn.laoling.ledger.web.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.laoling.ledger.audit.AuditEvent;
import cn.laoling.ledger.audit.AuditLog;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;

/**
 * Writes audit events for the web layer, filling in the time, the logged-in user and the
 * client's address. A change is recorded inside the transaction that makes it; a failure
 * or a read is recorded at once, in a transaction of its own, whatever happens next.
 */
@Component
public class AuditTrail {

	private final AuditLog log;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	AuditTrail(AuditLog log, Clock clock, PlatformTransactionManager transactions) {
		this.log = log;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Records a successful change by the logged-in user, as part of the caller's
	 * transaction.
	 */
	public void change(AuditType type, String object, String detail) {
		within(currentUser(), type, object, AuditOutcome.SUCCESS, detail);
	}

	/** Records as part of the caller's transaction, for an actor named explicitly. */
	public void within(String actor, AuditType type, String object, AuditOutcome outcome, String detail) {
		this.log.append(event(actor, type, object, outcome, detail));
	}

	/** Records at once, as the logged-in user. */
	public void now(AuditType type, String object, AuditOutcome outcome, String detail) {
		now(currentUser(), type, object, outcome, detail);
	}

	/** Records at once, for an actor named explicitly (a login attempt, a logout). */
	public void now(String actor, AuditType type, String object, AuditOutcome outcome, String detail) {
		AuditEvent event = event(actor, type, object, outcome, detail);
		this.ownTransaction.executeWithoutResult((status) -> this.log.append(event));
	}

	private AuditEvent event(String actor, AuditType type, String object, AuditOutcome outcome, String detail) {
		return new AuditEvent(this.clock.instant(), actor, clientAddress(), type, object, outcome, detail);
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && !(authentication instanceof AnonymousAuthenticationToken))
				? authentication.getName() : AuditEvent.NOBODY;
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return AuditEvent.NOBODY;
	}

	/** How objects are named in the log: {@code task:42}. */
	public static String object(String kind, Object id) {
		return kind + ":" + id;
	}

}
