package cn.laoling.ledger.web.audit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.audit.AuditObjects;
import cn.laoling.ledger.notice.NoticeId;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.prompt.WorkPromptId;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportId;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.web.support.ShortText;

/**
 * The one owner of how the audit log names its objects (任务「…」《…》, 方案《…》, 账户 wjw（…）): when
 * an event is written, from the objects at hand; when an older row kept by key only is
 * shown, from what the key's object is called now (one query per kind for a page), or
 * that it no longer exists.
 */
@Component
public class AuditSubjects {

	static final String AUDIT = "audit";

	static final String ALL_PLANS = "plans";

	static final String UNKNOWN_ACCOUNT = "account:unknown";

	private static final Pattern KEY = Pattern.compile("([A-Za-z]+):(\\d+)");

	private static final Pattern CALENDAR_DAY = Pattern.compile("calendarDay:(\\d{4}-\\d{2}-\\d{2})");

	private static final Pattern PATH = Pattern.compile("(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) (/.*)");

	private final AuditObjects objects;

	private final MessageSource messages;

	AuditSubjects(AuditObjects objects, MessageSource messages) {
		this.objects = objects;
		this.messages = messages;
	}

	public AuditSubject task(Task task, String planTitle) {
		return subject("task", task.id().value(), ShortText.of(task.text()), planTitle);
	}

	public AuditSubject plan(PlanId id, String title) {
		return subject("plan", id.value(), title);
	}

	public AuditSubject unit(UnitId id, String name) {
		return subject("unit", id.value(), name);
	}

	public AuditSubject account(Account account) {
		return subject("account", account.id().value(), account.username(), account.displayName());
	}

	public AuditSubject region(Region region) {
		return subject("region", region.id().value(), region.name());
	}

	public AuditSubject notice(NoticeId id, String title) {
		return subject("notice", id.value(), title);
	}

	public AuditSubject prompt(WorkPromptId id, String title) {
		return subject("prompt", id.value(), title);
	}

	/** A unit's report of a task for a quarter. */
	public AuditSubject report(ReportId id, String unitName, Quarter quarter, Task task, String planTitle) {
		return subject("report", id.value(), unitName, quarter(quarter.year(), quarter.number()),
				ShortText.of(task.text()), planTitle);
	}

	public AuditSubject period(ReportingPeriodId id, Quarter quarter, String planTitle) {
		return subject("reportingPeriod", id.value(), quarter(quarter.year(), quarter.number()), planTitle);
	}

	public AuditSubject calendarDay(LocalDate day) {
		return new AuditSubject(AuditTrail.object("calendarDay", day), message("audit.object.calendarDay", day));
	}

	/** The ledger of every plan the viewer sees (exported). */
	public AuditSubject allPlans() {
		return new AuditSubject(ALL_PLANS, message("audit.object.allPlans"));
	}

	/** The audit log itself (exported, verified). */
	public AuditSubject auditLog() {
		return new AuditSubject(AUDIT, message("audit.object.audit"));
	}

	/** The account a failed login named, when it is no account. */
	public AuditSubject unknownAccount() {
		return new AuditSubject(UNKNOWN_ACCOUNT, message("person.unknown"));
	}

	/**
	 * The names of objects whose rows kept only their key, by key: each object as it is
	 * called now, one that is gone as such.
	 */
	Map<String, String> namesOf(Collection<String> keys) {
		Map<String, List<String>> parts = this.objects.namePartsOf(keys);
		Map<String, String> names = new HashMap<>();
		for (String key : keys) {
			names.put(key, nameOf(key, parts.get(key)));
		}
		return names;
	}

	private String nameOf(String key, List<String> parts) {
		if (AUDIT.equals(key)) {
			return message("audit.object.audit");
		}
		if (UNKNOWN_ACCOUNT.equals(key)) {
			return message("person.unknown");
		}
		Matcher day = CALENDAR_DAY.matcher(key);
		if (day.matches()) {
			return message("audit.object.calendarDay", day.group(1));
		}
		Matcher path = PATH.matcher(key);
		if (path.matches()) {
			return message("audit.object.path", key);
		}
		Matcher matcher = KEY.matcher(key);
		if (!matcher.matches()) {
			return key;
		}
		String kind = matcher.group(1);
		if (parts == null) {
			String kindName = this.messages.getMessage("audit.kind." + kind, null, kind,
					LocaleContextHolder.getLocale());
			return message("audit.object.gone", kindName, matcher.group(2));
		}
		return switch (kind) {
			case "task" -> message("audit.object.task", ShortText.of(parts.get(0)), parts.get(1));
			case "report" -> message("audit.object.report", parts.get(0), quarter(parts.get(1), parts.get(2)),
					ShortText.of(parts.get(3)), parts.get(4));
			case "reportingPeriod" ->
				message("audit.object.reportingPeriod", quarter(parts.get(0), parts.get(1)), parts.get(2));
			default -> message("audit.object." + kind, parts.toArray());
		};
	}

	private AuditSubject subject(String kind, long id, Object... parts) {
		return new AuditSubject(AuditTrail.object(kind, id), message("audit.object." + kind, parts));
	}

	private String quarter(Object year, Object number) {
		return message("quarter.label", Integer.valueOf(year.toString()), number);
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

}
