package cn.laoling.ledger.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.laoling.ledger.calendar.WorkingCalendar;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportDuty;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.unit.Groups;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;

/**
 * 自动提醒: the reminders due on a day. A unit is reminded of a report it owes in an open
 * period ({@link ReportDuty}) and has not submitted, and of a task it leads or is
 * responsible for that is not done (已完成 or 销号), once the due date is at most
 * {@code leadDays} working days away, and chased (催办) from the day after it. Working days
 * follow the holiday schedule: a date right after the National Day holiday is reminded of
 * {@code leadDays} working days before it, not a calendar week.
 *
 * @param leadDays how many working days ahead a due date is reminded of
 */
public record ReminderRules(int leadDays) {

	/** Five working days ahead, the common practice. */
	public static final ReminderRules DEFAULT = new ReminderRules(5);

	private static final Comparator<ReminderItem> ORDER = Comparator
		.comparingLong((ReminderItem item) -> item.unit().value())
		.thenComparing(ReminderItem::due)
		.thenComparing(ReminderItem::kind)
		.thenComparingLong((item) -> item.task().value())
		.thenComparingLong((item) -> (item.period() != null) ? item.period().value() : 0)
		.thenComparing(ReminderItem::report, Comparator.nullsFirst(Comparator.naturalOrder()));

	public ReminderRules {
		if (leadDays < 0) {
			throw new IllegalArgumentException("leadDays must not be negative, was " + leadDays);
		}
	}

	/**
	 * The reminders due on the day, ordered by unit, then due date.
	 * @param calendar knows the days from today to the due dates
	 * @param tasks the tasks of the plans in force
	 * @param periods reporting periods of those plans; only open ones are looked at
	 * @param reports the periods' reports
	 * @param units the units the tasks name, groups with their members
	 */
	public List<ReminderItem> due(LocalDate today, WorkingCalendar calendar, List<Task> tasks,
			List<ReportingPeriod> periods, List<Report> reports, Function<UnitId, Optional<Unit>> units) {
		List<ReminderItem> items = new ArrayList<>();
		for (ReportingPeriod period : periods) {
			reportKind(today, calendar, period)
				.ifPresent((kind) -> addReports(items, kind, period, tasks, reports, units));
		}
		for (Task task : tasks) {
			taskKind(today, calendar, task).ifPresent((kind) -> addTask(items, kind, task, units));
		}
		items.sort(ORDER);
		return List.copyOf(items);
	}

	/** The items of each unit, units and items in the order given. */
	public static Map<UnitId, List<ReminderItem>> perUnit(List<ReminderItem> items) {
		Map<UnitId, List<ReminderItem>> perUnit = new LinkedHashMap<>();
		items.forEach((item) -> perUnit.computeIfAbsent(item.unit(), (u) -> new ArrayList<>()).add(item));
		perUnit.replaceAll((unit, list) -> List.copyOf(list));
		return perUnit;
	}

	private Optional<ReminderKind> reportKind(LocalDate today, WorkingCalendar calendar, ReportingPeriod period) {
		if (!period.isOpen()) {
			return Optional.empty();
		}
		return kindFor(today, calendar, period.dueDate(), ReminderKind.REPORT_DUE, ReminderKind.REPORT_OVERDUE);
	}

	private Optional<ReminderKind> taskKind(LocalDate today, WorkingCalendar calendar, Task task) {
		if (task.isDone()) {
			return Optional.empty();
		}
		return kindFor(today, calendar, dueOf(task), ReminderKind.TASK_DUE, ReminderKind.TASK_OVERDUE);
	}

	private Optional<ReminderKind> kindFor(LocalDate today, WorkingCalendar calendar, LocalDate due, ReminderKind soon,
			ReminderKind overdue) {
		if (today.isAfter(due)) {
			return Optional.of(overdue);
		}
		return calendar.isWithinWorkingDays(today, due, this.leadDays) ? Optional.of(soon) : Optional.empty();
	}

	private static void addReports(List<ReminderItem> items, ReminderKind kind, ReportingPeriod period,
			List<Task> tasks, List<Report> reports, Function<UnitId, Optional<Unit>> units) {
		List<Report> inPeriod = reports.stream().filter((r) -> r.periodId().equals(period.id())).toList();
		for (Task task : tasks) {
			if (!task.planId().equals(period.planId())) {
				continue;
			}
			for (ReportDuty duty : ReportDuty.of(task, units)) {
				if (duty.submittedIn(inPeriod).isEmpty()) {
					items.add(
							new ReminderItem(kind, duty.unit(), task.id(), period.id(), duty.kind(), period.dueDate()));
				}
			}
		}
	}

	/** To each unit the task names, as lead or responsible, groups for their members. */
	private static void addTask(List<ReminderItem> items, ReminderKind kind, Task task,
			Function<UnitId, Optional<Unit>> units) {
		List<UnitId> named = new ArrayList<>(task.leadUnits());
		named.addAll(task.responsibleUnits());
		for (UnitId unit : Groups.expandAll(named, units)) {
			items.add(new ReminderItem(kind, unit, task.id(), null, null, dueOf(task)));
		}
	}

	private static LocalDate dueOf(Task task) {
		return task.dueDeadline().date();
	}

}
