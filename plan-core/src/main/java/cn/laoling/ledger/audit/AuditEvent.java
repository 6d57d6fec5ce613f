package cn.laoling.ledger.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.laoling.ledger.shared.Require;

/**
 * One security-relevant event: when, who (a username, or what an unknown user typed),
 * from which address, what kind, on which object, and how it ended. Time is kept to the
 * microsecond, as the database keeps it, so that the hash can be recomputed from a stored
 * row.
 */
public record AuditEvent(Instant occurredAt, String actor, String clientIp, AuditType type, String object,
		AuditOutcome outcome, String detail) {

	public static final String NOBODY = "-";

	public AuditEvent {
		occurredAt = Require.present(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
		actor = clip((actor == null || actor.isBlank()) ? NOBODY : actor, 50);
		clientIp = clip((clientIp == null || clientIp.isBlank()) ? NOBODY : clientIp, 45);
		Require.present(type, "type");
		object = clip((object == null || object.isBlank()) ? NOBODY : object, 100);
		Require.present(outcome, "outcome");
		detail = clip((detail != null) ? detail : "", 500);
	}

	private static String clip(String value, int maxLength) {
		String stripped = value.strip();
		return (stripped.length() > maxLength) ? stripped.substring(0, maxLength) : stripped;
	}

}
