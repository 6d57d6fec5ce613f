package cn.laoling.ledger.web.audit;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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

	private final AuditSubjects subjects;

	private final MessageSource messages;

	AuditTrail(AuditLog log, Clock clock, PlatformTransactionManager transactions, AuditSubjects subjects,
			MessageSource messages) {
		this.log = log;
		this.clock = clock;
		this.subjects = subjects;
		this.messages = messages;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** How the log names objects: build the subject of an event with it. */
	public AuditSubjects names() {
		return this.subjects;
	}

	/** Starts the list of what an edit changed, for the detail of its row. */
	public AuditChanges changes() {
		return new AuditChanges(
				(code, arguments) -> this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale()));
	}

	/**
	 * Records a successful change by the logged-in user, as part of the caller's
	 * transaction.
	 */
	public void change(AuditType type, AuditSubject subject, String detail) {
		within(currentUser(), type, subject, AuditOutcome.SUCCESS, detail);
	}

	/** Records a change of an object known by its key only (named from it when shown). */
	public void change(AuditType type, String object, String detail) {
		change(type, AuditSubject.keyOnly(object), detail);
	}

	/**
	 * Records as part of the caller's transaction, for an actor named explicitly: written
	 * just before it commits. Appending takes the chain's lock, which every audited
	 * change waits for until the one holding it commits; taken last, it is held for the
	 * commit only, not for the rest of the transaction's work (at quarter end, 200
	 * submissions a second queue on it).
	 */
	public void within(String actor, AuditType type, AuditSubject subject, AuditOutcome outcome, String detail) {
		AuditEvent event = event(actor, type, subject, outcome, detail);
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !TransactionSynchronizationManager.isSynchronizationActive()) {
			this.log.append(event);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void beforeCommit(boolean readOnly) {
				AuditTrail.this.log.append(event);
			}
		});
	}

	public void within(String actor, AuditType type, String object, AuditOutcome outcome, String detail) {
		within(actor, type, AuditSubject.keyOnly(object), outcome, detail);
	}

	/** Records at once, as the logged-in user. */
	public void now(AuditType type, AuditSubject subject, AuditOutcome outcome, String detail) {
		now(currentUser(), type, subject, outcome, detail);
	}

	public void now(AuditType type, String object, AuditOutcome outcome, String detail) {
		now(type, AuditSubject.keyOnly(object), outcome, detail);
	}

	/** Records at once, for an actor named explicitly (a login attempt, a logout). */
	public void now(String actor, AuditType type, AuditSubject subject, AuditOutcome outcome, String detail) {
		AuditEvent event = event(actor, type, subject, outcome, detail);
		this.ownTransaction.executeWithoutResult((status) -> this.log.append(event));
	}

	public void now(String actor, AuditType type, String object, AuditOutcome outcome, String detail) {
		now(actor, type, AuditSubject.keyOnly(object), outcome, detail);
	}

	private AuditEvent event(String actor, AuditType type, AuditSubject subject, AuditOutcome outcome, String detail) {
		return AuditEvent.of(this.clock.instant(), actor, clientAddress(), type, subject.key(), subject.name(), outcome,
				detail);
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
