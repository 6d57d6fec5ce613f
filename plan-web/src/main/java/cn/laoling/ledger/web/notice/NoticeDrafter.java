package cn.laoling.ledger.web.notice;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.notice.Notice;
import cn.laoling.ledger.report.StandingCounts;
import cn.laoling.ledger.notice.NoticeFindings;
import cn.laoling.ledger.notice.NoticeText;
import cn.laoling.ledger.notice.TaskLine;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.web.spreadsheet.SheetTexts;
import cn.laoling.ledger.web.support.ShortText;
import cn.laoling.ledger.shared.NumberText;

/**
 * Writes the first draft of a notice from what it found, in the words of
 * {@code messages.properties}; the office rewrites whatever it likes.
 */
@Component
class NoticeDrafter {

	private final MessageSource messages;

	private final String masthead;

	NoticeDrafter(MessageSource messages, NoticeProperties properties) {
		this.messages = messages;
		this.masthead = properties.masthead();
	}

	/**
	 * @param day the day the tasks were judged on
	 * @param names the units' names
	 */
	NoticeText draft(String planTitle, String regionName, Quarter quarter, LocalDate day, NoticeFindings findings,
			Function<UnitId, String> names) {
		return draft(planTitle, regionName, quarter, day, findings, names, List.of());
	}

	/**
	 * A unit behind on its share of a split target (指标分解) in the period, or that has not
	 * reported it once the task is overdue.
	 *
	 * @param reported its figure, {@code null} when it reported none
	 */
	record ShareBehind(String unit, String task, String target, BigDecimal quota, BigDecimal reported, String measure) {
	}

	/**
	 * As above, naming in 存在问题 the units behind on their share of a split target.
	 */
	NoticeText draft(String planTitle, String regionName, Quarter quarter, LocalDate day, NoticeFindings findings,
			Function<UnitId, String> names, List<ShareBehind> behind) {
		String title = message("notice.default.title", planTitle, String.valueOf(quarter.year()),
				message("numeral." + quarter.number()));
		return new NoticeText(this.masthead.isEmpty() ? message("notice.default.masthead") : this.masthead,
				message("notice.default.issuer", regionName), title, message("notice.default.addressees"),
				overview(planTitle, day, findings), problems(findings, names, behind),
				message("notice.default.requirements"), praise(findings.praised(), names));
	}

	private String overview(String planTitle, LocalDate day, NoticeFindings findings) {
		StandingCounts c = findings.figures().counts();
		String text = message("notice.default.overview", date(day), planTitle, c.tasks(), c.completed(), c.closedOut(),
				share(c.completed(), c.tasks()), c.ahead(), share(c.ahead(), c.tasks()), c.onSchedule(),
				share(c.onSchedule(), c.tasks()), c.behind(), share(c.behind(), c.tasks()), c.overdue(), c.unreported(),
				share(c.unreported(), c.tasks()));
		return findings.figures().targets().isEmpty() ? text : text + message("notice.default.overview.targets");
	}

	private String problems(NoticeFindings findings, Function<UnitId, String> names, List<ShareBehind> behind) {
		List<String> paragraphs = new ArrayList<>();
		List<TaskLine> lagging = findings.figures().lagging();
		paragraphs.add(lagging.isEmpty() ? message("notice.default.problems.noneLagging")
				: message("notice.default.problems.lagging", lagging.size(),
						lagging.stream().map(this::lagging).collect(Collectors.joining(message("notice.separator")))));
		if (!behind.isEmpty()) {
			paragraphs.add(message("notice.default.problems.shares",
					behind.stream().map(this::share).collect(Collectors.joining(message("notice.separator")))));
		}
		if (!findings.late().isEmpty()) {
			paragraphs.add(message("notice.default.problems.late", units(findings.late(), names)));
		}
		if (!findings.missing().isEmpty()) {
			paragraphs.add(message("notice.default.problems.missing", units(findings.missing(), names)));
		}
		if (findings.late().isEmpty() && findings.missing().isEmpty()) {
			paragraphs.add(message("notice.default.problems.allOnTime"));
		}
		List<String> numbered = new ArrayList<>();
		for (int i = 0; i < paragraphs.size(); i++) {
			numbered.add(message("notice.paragraph", message("numeral." + (i + 1)), paragraphs.get(i)));
		}
		return String.join("\n", numbered);
	}

	private String share(ShareBehind share) {
		return message("notice.default.problems.share", share.unit(), share.task(), share.target(),
				NumberText.of(share.quota()) + share.measure(), (share.reported() == null)
						? message("notice.share.unreported") : NumberText.of(share.reported()) + share.measure());
	}

	private String lagging(TaskLine task) {
		String reason = task.overdue() ? "overdue" : (task.light() == Light.RED) ? "red" : "behind";
		String text = ShortText.of(task.text());
		return message("notice.default.problems.task", task.taskNumber(), text, task.leadUnits(),
				message("notice.reason." + reason));
	}

	private String praise(List<UnitId> praised, Function<UnitId, String> names) {
		return praised.isEmpty() ? null : message("notice.default.praise", units(praised, names), praised.size());
	}

	private String units(List<UnitId> units, Function<UnitId, String> names) {
		return new SheetTexts(this.messages, LocaleContextHolder.getLocale()).units(units.stream().map(names).toList());
	}

	private String share(int count, int total) {
		if (total == 0) {
			return "0%";
		}
		return NumberText
			.percent(BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), MathContext.DECIMAL64));
	}

	/** The deadlines as the plan writes them, and the extension in force. */
	String deadline(Task task) {
		SheetTexts texts = new SheetTexts(this.messages, LocaleContextHolder.getLocale());
		List<String> parts = new ArrayList<>(task.deadlines().stream().map(texts::deadline).toList());
		task.extendedTo()
			.filter((d) -> d.isAfter(task.finalDeadline().date()))
			.ifPresent((d) -> parts.add(message("task.deadline.extended", d.toString())));
		return texts.units(parts);
	}

	String join(List<UnitId> units, Function<UnitId, String> names) {
		return units(units, names);
	}

	/**
	 * 2026年第3期 of the year the issue was first published in, with （更正） for a correction;
	 * a notice not yet published has none.
	 */
	String issueLabel(Notice notice) {
		if (notice.issue() == null) {
			return message("notice.issue.pending");
		}
		String label = message("notice.issue", String.valueOf(notice.issue().year()), notice.issue().number());
		return (notice.revision() > 1) ? label + message("notice.issue.correction") : label;
	}

	String date(LocalDate day) {
		return message("notice.date", String.valueOf(day.getYear()), day.getMonthValue(), day.getDayOfMonth());
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
