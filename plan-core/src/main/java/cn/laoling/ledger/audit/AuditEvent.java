package cn.laoling.ledger.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.laoling.ledger.shared.Require;

/**
 * One security-relevant event: when, who (a username), from which address, what kind, on
 * which object, and how it ended. The object is kept twice: by its key ({@code task:42},
 * what a search matches) and by the name it had when the event happened (任务「…」《…》), so
 * that the log still names an object renamed or deleted since; rows written before names
 * were kept have an empty name. Time is kept to the microsecond, as the database keeps
 * it, so that the hash can be recomputed from a stored row.
 */
public record AuditEvent(Instant occurredAt, String actor, String clientIp, AuditType type, String object,
		String objectName, AuditOutcome outcome, String detail) {

	public static final String NOBODY = "-";

	/**
	 * The actor of a failed login whose username is no account. What was typed is never
	 * kept: it may be a password typed into the wrong box. No username can be this (a
	 * username has no parentheses), and it is shown as 未知账户.
	 */
	public static final String UNKNOWN_ACCOUNT = "(unknown)";

	public static final int MAX_OBJECT_NAME = 300;

	public AuditEvent {
		occurredAt = Require.present(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
		actor = clip((actor == null || actor.isBlank()) ? NOBODY : actor, 50);
		clientIp = clip((clientIp == null || clientIp.isBlank()) ? NOBODY : clientIp, 45);
		Require.present(type, "type");
		object = clip((object == null || object.isBlank()) ? NOBODY : object, 100);
		objectName = clip((objectName != null) ? objectName : "", MAX_OBJECT_NAME);
		Require.present(outcome, "outcome");
		detail = clip((detail != null) ? detail : "", 500);
	}

	/** An event whose object is known by its key only. */
	public AuditEvent(Instant occurredAt, String actor, String clientIp, AuditType type, String object,
			AuditOutcome outcome, String detail) {
		this(occurredAt, actor, clientIp, type, object, "", outcome, detail);
	}

	private static String clip(String value, int maxLength) {
		String stripped = value.strip();
		return (stripped.length() > maxLength) ? stripped.substring(0, maxLength) : stripped;
	}

}
