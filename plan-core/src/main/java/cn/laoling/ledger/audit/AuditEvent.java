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

	public static final int MAX_ACTOR = 50;

	public static final int MAX_CLIENT_IP = 45;

	public static final int MAX_OBJECT = 100;

	public static final int MAX_OBJECT_NAME = 300;

	public static final int MAX_DETAIL = 500;

	/**
	 * An event exactly as given: what a stored row holds is hashed as it is. Events to
	 * write are made by {@link #of}, which bounds and cleans what a user typed first.
	 */
	public AuditEvent {
		occurredAt = Require.present(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
		Require.present(actor, "actor");
		Require.present(clientIp, "clientIp");
		Require.present(type, "type");
		Require.present(object, "object");
		objectName = (objectName != null) ? objectName : "";
		Require.present(outcome, "outcome");
		detail = (detail != null) ? detail : "";
	}

	/** An event whose object is known by its key only, exactly as given. */
	public AuditEvent(Instant occurredAt, String actor, String clientIp, AuditType type, String object,
			AuditOutcome outcome, String detail) {
		this(occurredAt, actor, clientIp, type, object, "", outcome, detail);
	}

	/**
	 * An event to write, whatever was typed into it: each field cleaned of what the
	 * database cannot keep or the hash would read ambiguously (NUL, the hash's separator,
	 * half a surrogate pair, each made U+FFFD), trimmed, cut to its column's length in
	 * characters and trimmed again. Done once, before hashing, and done again it changes
	 * nothing, so the row stored is the row hashed.
	 */
	public static AuditEvent of(Instant occurredAt, String actor, String clientIp, AuditType type, String object,
			String objectName, AuditOutcome outcome, String detail) {
		return new AuditEvent(occurredAt, bounded(actor, NOBODY, MAX_ACTOR), bounded(clientIp, NOBODY, MAX_CLIENT_IP),
				type, bounded(object, NOBODY, MAX_OBJECT), bounded(objectName, "", MAX_OBJECT_NAME), outcome,
				bounded(detail, "", MAX_DETAIL));
	}

	private static String bounded(String value, String whenEmpty, int maxLength) {
		if (value == null) {
			return whenEmpty;
		}
		String cleaned = value.codePoints()
			.map((c) -> (c == 0 || c == AuditChain.SEPARATOR || Character.getType(c) == Character.SURROGATE) ? 0xFFFD
					: c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (cleaned.codePointCount(0, cleaned.length()) > maxLength) {
			cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, maxLength)).strip();
		}
		return cleaned.isEmpty() ? whenEmpty : cleaned;
	}

}
