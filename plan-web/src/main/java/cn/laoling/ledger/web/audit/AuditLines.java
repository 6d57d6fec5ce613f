package cn.laoling.ledger.web.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.audit.AuditEvent;
import cn.laoling.ledger.audit.AuditRecord;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.calendar.DayKind;
import cn.laoling.ledger.web.support.PersonNames;

/**
 * Reads audit rows out in Chinese, for the page and the CSV alike. The rows stay as they
 * were written (the hash chain covers them); only their showing changes: types, outcomes
 * and the codes of details from {@code messages.properties}, the actor by name (and a
 * failed login's unknown name as 未知账户, including rows written before that name stopped
 * being kept), the object by the name kept in the row or, for older rows, by what its key
 * names now. A page's people and objects are read with one query each.
 */
@Component
class AuditLines {

	/** Details that are codes, each with its message. */
	private static final Map<String, String> CODES = Map.ofEntries(
			Map.entry("bad credentials", "audit.detail.badCredentials"), Map.entry("locked", "audit.detail.locked"),
			Map.entry("address refused", "audit.detail.addressRefused"),
			Map.entry("wrong current password", "audit.detail.wrongCurrentPassword"),
			Map.entry("disabled", "audit.detail.disabled"),
			Map.entry("csrf token missing or invalid", "audit.detail.csrf"),
			Map.entry("not permitted", "audit.detail.notPermitted"), Map.entry("not found", "audit.detail.notFound"),
			Map.entry("edit", "audit.detail.edit"), Map.entry("submit", "audit.detail.submit"),
			Map.entry("withdraw", "audit.detail.withdraw"), Map.entry("discard", "audit.detail.discard"),
			Map.entry("deleted", "audit.detail.deleted"),
			Map.entry("separation of duties", "audit.detail.separationOfDuties"),
			Map.entry("replaced by the operator", "audit.detail.replacedByOperator"));

	/**
	 * The types whose details were written with codes and ids before they were written in
	 * words; user text in other details is left as it is.
	 */
	private static final Set<AuditType> CODED = EnumSet.of(AuditType.ACCOUNT_CREATED, AuditType.ACCOUNT_CHANGED,
			AuditType.ROLE_CHANGED, AuditType.REGION_RENAMED, AuditType.CALENDAR_CHANGED, AuditType.PERIOD_CHANGED,
			AuditType.PERIOD_CLOSED, AuditType.PERIOD_REOPENED, AuditType.TASK_CREATED, AuditType.TASK_DELETED,
			AuditType.PROMPT_ANSWERED, AuditType.NOTICE_ACKNOWLEDGED, AuditType.NOTICE_DRAFTED,
			AuditType.EXTENSION_REQUESTED, AuditType.EXTENSION_GRANTED, AuditType.EXTENSION_REFUSED,
			AuditType.REPORT_SUBMITTED, AuditType.REPORT_ACCEPTED, AuditType.REPORT_RETURNED, AuditType.TASK_CLOSED_OUT,
			AuditType.TASK_REOPENED);

	private static final Pattern KEY = Pattern.compile("\\b([a-zA-Z]+):(\\d+)\\b");

	private static final Pattern UNIT_ID = Pattern.compile("UnitId\\[value=(\\d+)]");

	private static final Pattern QUARTER = Pattern.compile("\\b(\\d{4})Q([1-4])\\b");

	private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z_]+\\b");

	private static final Pattern VERIFIED = Pattern.compile("(\\d+) rows(?:, (broken|[A-Z_]+) at (\\d+))?");

	private static final Pattern EXPORTED = Pattern.compile("from=(\\S+) to=(\\S+) actor=(.*) type=(\\S+) object=(.*)");

	private static final Pattern CORRECTION = Pattern.compile("correction of (\\d+)");

	private static final String NONE = "null";

	private final PersonNames people;

	private final AuditSubjects subjects;

	private final MessageSource messages;

	AuditLines(PersonNames people, AuditSubjects subjects, MessageSource messages) {
		this.people = people;
		this.subjects = subjects;
		this.messages = messages;
	}

	List<AuditLine> of(List<AuditRecord> records, ZoneId zone) {
		Set<String> keys = new LinkedHashSet<>();
		List<String> actors = new ArrayList<>();
		for (AuditRecord record : records) {
			AuditEvent e = record.event();
			actors.add(actor(e));
			if (e.objectName().isEmpty()) {
				keys.add(e.object());
			}
			if (CODED.contains(e.type())) {
				keysIn(e.detail(), keys);
			}
		}
		PersonNames.Named named = this.people.of(actors);
		Map<String, String> names = this.subjects.namesOf(keys);
		return records.stream().map((record) -> {
			AuditEvent e = record.event();
			String actor = actor(e);
			return new AuditLine(record.id(), LocalDateTime.ofInstant(e.occurredAt(), zone), named.of(actor),
					isAccount(actor) ? actor : null, e.clientIp(), message("audit.type." + e.type()),
					e.objectName().isEmpty() ? names.getOrDefault(e.object(), e.object()) : e.objectName(),
					message("audit.outcome." + e.outcome()), detail(e, names::get), record.hash());
		}).toList();
	}

	/**
	 * The actor as shown: the name typed at a failed login for no account is never shown,
	 * also in rows written before it stopped being kept.
	 */
	private static String actor(AuditEvent e) {
		boolean unknownLogin = (e.type() == AuditType.LOGIN_FAILED || e.type() == AuditType.ACCOUNT_LOCKED)
				&& AuditSubjects.UNKNOWN_ACCOUNT.equals(e.object());
		return unknownLogin ? AuditEvent.UNKNOWN_ACCOUNT : e.actor();
	}

	private static boolean isAccount(String actor) {
		return !AuditEvent.NOBODY.equals(actor) && !AuditEvent.UNKNOWN_ACCOUNT.equals(actor)
				&& !PersonNames.BOOTSTRAP.equals(actor);
	}

	private static void keysIn(String detail, Set<String> keys) {
		Matcher key = KEY.matcher(detail);
		while (key.find()) {
			keys.add(key.group());
		}
		Matcher unit = UNIT_ID.matcher(detail);
		while (unit.find()) {
			keys.add("unit:" + unit.group(1));
		}
		CORRECTION.matcher(detail).results().forEach((m) -> keys.add("notice:" + m.group(1)));
	}

	private String detail(AuditEvent e, Function<String, String> names) {
		String detail = e.detail();
		if (CODES.containsKey(detail)) {
			return message(CODES.get(detail));
		}
		if (e.type() == AuditType.LOGIN_FAILED && detail.matches("[A-Za-z]+")) {
			return message("audit.detail.loginOther");
		}
		Matcher verified = VERIFIED.matcher(detail);
		if (e.type() == AuditType.AUDIT_VERIFIED && verified.matches()) {
			if (verified.group(2) == null) {
				return message("audit.detail.verified", verified.group(1));
			}
			// rows written before the check named what it found say only where
			return verified.group(2).equals("broken")
					? message("audit.detail.broken", verified.group(1), verified.group(3))
					: message("audit.detail.problem", verified.group(1),
							message("audit.break." + verified.group(2), verified.group(3)));
		}
		Matcher exported = EXPORTED.matcher(detail);
		if (e.type() == AuditType.AUDIT_EXPORTED && exported.matches()) {
			return exported(exported);
		}
		if (!CODED.contains(e.type())) {
			return detail;
		}
		Matcher correction = CORRECTION.matcher(detail);
		if (correction.matches()) {
			return message("audit.detail.correctionOf", names.apply("notice:" + correction.group(1)));
		}
		String words = UNIT_ID.matcher(detail)
			.replaceAll((m) -> Matcher.quoteReplacement(names.apply("unit:" + m.group(1))));
		words = KEY.matcher(words).replaceAll((m) -> Matcher.quoteReplacement(names.apply(m.group())));
		words = QUARTER.matcher(words)
			.replaceAll((m) -> Matcher
				.quoteReplacement(message("quarter.label", Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)))));
		words = WORD.matcher(words).replaceAll((m) -> Matcher.quoteReplacement(word(m.group())));
		return words.replace(" -> ", " → ");
	}

	/** A role, liaison position or kind of day as the pages name it; else as it was. */
	private String word(String code) {
		for (Role role : Role.values()) {
			if (role.name().equals(code)) {
				return message("role." + code);
			}
		}
		for (LiaisonPosition position : LiaisonPosition.values()) {
			if (position.name().equals(code)) {
				return message("account.position." + code);
			}
		}
		for (DayKind kind : DayKind.values()) {
			if (kind.name().equals(code)) {
				return message("calendar.kind." + code);
			}
		}
		return code;
	}

	private String exported(Matcher search) {
		List<String> parts = new ArrayList<>();
		String[] labels = { "audit.from", "audit.to", "audit.account", "audit.type", "audit.object" };
		for (int i = 0; i < labels.length; i++) {
			String value = search.group(i + 1);
			if (!NONE.equals(value) && !value.isBlank()) {
				String shown = (i == 3) ? message("audit.type." + value) : value;
				parts.add(message("audit.detail.condition", message(labels[i]), shown));
			}
		}
		return parts.isEmpty() ? message("audit.detail.exportedAll")
				: message("audit.detail.exported", String.join(message("list.separator"), parts));
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

}
