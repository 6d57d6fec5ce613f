package cn.laoling.ledger.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.calendar.HolidaySchedules;
import cn.laoling.ledger.calendar.WorkingCalendar;
import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.report.PeriodState;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportId;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.unit.UnitName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Daily reminders: of reports and tasks due within five working days, counted on the
 * holiday schedule, and 催办 from the day after the due date.
 */
class ReminderRulesTest {

	private static final PlanId PLAN = new PlanId(1);

	private static final UnitId HEALTH = new UnitId(1);

	private static final UnitId CIVIL = new UnitId(2);

	private static final UnitId STREET_A = new UnitId(3);

	private static final UnitId STREET_B = new UnitId(4);

	private static final UnitId STREETS = new UnitId(9);

	/** The Thursday after the eight days of 国庆节、中秋节 2025. */
	private static final LocalDate AFTER_NATIONAL_DAY = date("2025-10-09");

	/** The Monday after 春节 2024 (2-10..2-17 off, Sunday 2-18 a make-up working day). */
	private static final LocalDate AFTER_SPRING_FESTIVAL = date("2024-02-19");

	private final WorkingCalendar calendar = HolidaySchedules.china2024And2025();

	private final ReminderRules rules = ReminderRules.DEFAULT;

	private final Map<UnitId, Unit> units = Map.of(STREETS, new Unit(STREETS, new RegionId(1), new UnitName("各街镇"),
			UnitKind.GROUP, Set.of(), Set.of(STREET_A, STREET_B), 0));

	private final Task task = task(1, List.of(HEALTH), List.of(CIVIL, STREETS), "2025-12-31");

	private final ReportingPeriod period = period(7, AFTER_NATIONAL_DAY, PeriodState.OPEN);

	@Test
	void aReportDueRightAfterNationalDayIsRemindedFiveWorkingDaysAhead() {
		assertThat(reports("2025-09-24")).as("6 working days ahead").isEmpty();
		assertThat(reports("2025-09-25")).as("5 working days ahead: 9-26, 9-28, 9-29, 9-30, 10-9")
			.extracting(ReminderItem::unit, ReminderItem::report)
			.containsExactly(tuple(HEALTH, ReportKind.CONSOLIDATED), tuple(CIVIL, ReportKind.PART),
					tuple(STREET_A, ReportKind.PART), tuple(STREET_B, ReportKind.PART));
		assertThat(reports("2025-09-28")).as("the make-up Sunday, 3 working days ahead").hasSize(4);
		assertThat(reports("2025-10-04")).as("in the holiday").hasSize(4);
		assertThat(reports("2025-09-25")).extracting(ReminderItem::kind, ReminderItem::due)
			.containsOnly(tuple(ReminderKind.REPORT_DUE, AFTER_NATIONAL_DAY));
	}

	@Test
	void aReportIsChasedFromTheDayAfterItWasDueNotOnTheDueDay() {
		assertThat(reports("2025-10-09")).extracting(ReminderItem::kind).containsOnly(ReminderKind.REPORT_DUE);
		assertThat(reports("2025-10-10")).extracting(ReminderItem::kind).containsOnly(ReminderKind.REPORT_OVERDUE);
		assertThat(reports("2025-11-28")).as("as long as the period is open").hasSize(4);
	}

	@Test
	void aUnitThatSubmittedIsNotReminded() {
		List<Report> reports = List.of(report(HEALTH, ReportKind.CONSOLIDATED, ReportState.SUBMITTED, this.period),
				report(STREET_A, ReportKind.PART, ReportState.ACCEPTED, this.period),
				report(CIVIL, ReportKind.PART, ReportState.RETURNED, this.period),
				report(STREET_B, ReportKind.PART, ReportState.DRAFT, this.period), report(STREET_B, ReportKind.PART,
						ReportState.SUBMITTED, period(6, date("2025-06-25"), PeriodState.OPEN)));

		List<ReminderItem> items = this.rules.due(date("2025-10-10"), this.calendar, List.of(this.task),
				List.of(this.period), reports, this::unit);

		assertThat(items).as("a returned report, a draft, and last quarter's report do not count")
			.extracting(ReminderItem::unit)
			.containsExactly(CIVIL, STREET_B);
	}

	@Test
	void aClosedPeriodOrAnotherPlansTasksAreNotReminded() {
		ReportingPeriod closed = period(8, AFTER_NATIONAL_DAY, PeriodState.CLOSED);
		ReportingPeriod otherPlan = new ReportingPeriod(new ReportingPeriodId(9), new PlanId(2), new Quarter(2025, 3),
				AFTER_NATIONAL_DAY, PeriodState.OPEN, 0);

		assertThat(this.rules.due(date("2025-10-10"), this.calendar, List.of(this.task), List.of(closed, otherPlan),
				List.of(), this::unit))
			.isEmpty();
	}

	@Test
	void aTaskDueTheMondayAfterSpringFestivalIsRemindedFromFiveWorkingDaysBefore() {
		Task due = task(2, List.of(HEALTH), List.of(STREETS), AFTER_SPRING_FESTIVAL.toString());

		assertThat(tasks(due, "2024-02-05")).as("6 working days ahead").isEmpty();
		assertThat(tasks(due, "2024-02-06")).as("5: 2-7, 2-8, 2-9, 2-18, 2-19")
			.extracting(ReminderItem::kind, ReminderItem::unit)
			.containsExactly(tuple(ReminderKind.TASK_DUE, HEALTH), tuple(ReminderKind.TASK_DUE, STREET_A),
					tuple(ReminderKind.TASK_DUE, STREET_B));
		assertThat(tasks(due, "2024-02-12")).as("in the holiday").hasSize(3);
		assertThat(tasks(due, "2024-02-19")).extracting(ReminderItem::kind).containsOnly(ReminderKind.TASK_DUE);
		assertThat(tasks(due, "2024-02-20")).extracting(ReminderItem::kind, ReminderItem::due)
			.containsOnly(tuple(ReminderKind.TASK_OVERDUE, AFTER_SPRING_FESTIVAL));
	}

	@Test
	void aTaskIsRemindedToEachUnitItNamesOnce() {
		Task shared = task(3, List.of(HEALTH, STREET_A), List.of(STREETS, HEALTH), "2025-06-30");

		assertThat(tasks(shared, "2025-07-01")).extracting(ReminderItem::unit)
			.containsExactly(HEALTH, STREET_A, STREET_B);
	}

	@Test
	void aCompletedOrClosedOutTaskIsNotReminded() {
		Task completed = task(4, List.of(HEALTH), List.of(), "2025-06-30");
		completed.markStatus(TaskStatus.COMPLETED);
		Task closedOut = task(5, List.of(HEALTH), List.of(), "2025-06-30");
		closedOut.closeOut();
		Task lagging = task(6, List.of(HEALTH), List.of(), "2025-06-30");
		lagging.markStatus(TaskStatus.LAGGING);

		List<ReminderItem> items = this.rules.due(date("2025-07-01"), this.calendar,
				List.of(completed, closedOut, lagging), List.of(), List.of(), this::unit);

		assertThat(items).extracting(ReminderItem::task).containsExactly(lagging.id());
	}

	@Test
	void anExtendedTaskIsDueOnItsNewDate() {
		Task extended = task(7, List.of(HEALTH), List.of(), "2025-06-30");
		extended.extendTo(AFTER_NATIONAL_DAY);

		assertThat(tasks(extended, "2025-07-01")).isEmpty();
		assertThat(tasks(extended, "2025-09-25")).extracting(ReminderItem::kind, ReminderItem::due)
			.containsExactly(tuple(ReminderKind.TASK_DUE, AFTER_NATIONAL_DAY));
	}

	@Test
	void itemsComeByUnitThenDueDateAndGroupPerUnit() {
		Task dueFirst = task(8, List.of(CIVIL), List.of(HEALTH), "2025-09-30");

		List<ReminderItem> items = this.rules.due(date("2025-09-28"), this.calendar, List.of(this.task, dueFirst),
				List.of(this.period), List.of(), this::unit);

		assertThat(items).extracting(ReminderItem::unit, ReminderItem::kind)
			.containsExactly(tuple(HEALTH, ReminderKind.TASK_DUE), tuple(HEALTH, ReminderKind.REPORT_DUE),
					tuple(HEALTH, ReminderKind.REPORT_DUE), tuple(CIVIL, ReminderKind.TASK_DUE),
					tuple(CIVIL, ReminderKind.REPORT_DUE), tuple(CIVIL, ReminderKind.REPORT_DUE),
					tuple(STREET_A, ReminderKind.REPORT_DUE), tuple(STREET_B, ReminderKind.REPORT_DUE));
		Map<UnitId, List<ReminderItem>> perUnit = ReminderRules.perUnit(items);
		assertThat(perUnit.keySet()).containsExactly(HEALTH, CIVIL, STREET_A, STREET_B);
		assertThat(perUnit.get(HEALTH)).extracting(ReminderItem::report)
			.containsExactly(null, ReportKind.CONSOLIDATED, ReportKind.PART);
	}

	@Test
	void aReminderKeepsItsKeyFromDayToDayAndNoTwoShareOne() {
		List<ReminderItem> first = reports("2025-09-25");
		List<ReminderItem> later = reports("2025-09-30");

		assertThat(later).extracting(ReminderItem::key).isEqualTo(first.stream().map(ReminderItem::key).toList());
		assertThat(first).extracting(ReminderItem::key).doesNotHaveDuplicates();
		assertThat(first.get(0).key()).isEqualTo("REPORT_DUE:period=7:task=1:CONSOLIDATED:unit=1:due=2025-10-09");
		assertThat(reports("2025-10-10").get(0).key()).startsWith("REPORT_OVERDUE:");
		assertThat(tasks(task(2, List.of(HEALTH), List.of(), "2025-10-09"), "2025-10-09").get(0).key())
			.isEqualTo("TASK_DUE:task=2:unit=1:due=2025-10-09");
	}

	@Test
	void aTaskReminderNamesNoPeriodAndAReportReminderDoes() {
		assertThatThrownBy(() -> new ReminderItem(ReminderKind.TASK_DUE, HEALTH, new TaskId(1),
				new ReportingPeriodId(7), null, AFTER_NATIONAL_DAY))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReminderItem(ReminderKind.REPORT_DUE, HEALTH, new TaskId(1), null, ReportKind.PART,
				AFTER_NATIONAL_DAY))
			.hasMessageContaining("period");
		assertThatThrownBy(() -> new ReminderRules(-1)).hasMessageContaining("leadDays");
	}

	private List<ReminderItem> reports(String today) {
		return this.rules.due(date(today), this.calendar, List.of(this.task), List.of(this.period), List.of(),
				this::unit);
	}

	private List<ReminderItem> tasks(Task task, String today) {
		return this.rules.due(date(today), this.calendar, List.of(task), List.of(), List.of(), this::unit);
	}

	private Optional<Unit> unit(UnitId id) {
		return Optional.ofNullable(this.units.get(id));
	}

	private static Task task(long id, List<UnitId> lead, List<UnitId> responsible, String due) {
		return new Task(
				new TaskId(id), PLAN, new TaskContent(new TaskNumber(String.valueOf(id)), 0, null, "任务" + id, lead,
						responsible, List.of(), List.of(Deadline.written(date(due), "完成时限"))),
				TaskStatus.IN_PROGRESS, 0);
	}

	private static ReportingPeriod period(long id, LocalDate due, PeriodState state) {
		return new ReportingPeriod(new ReportingPeriodId(id), PLAN, Quarter.of(due.minusMonths(1)), due, state, 0);
	}

	private Report report(UnitId unit, ReportKind kind, ReportState state, ReportingPeriod in) {
		boolean sent = state == ReportState.SUBMITTED || state == ReportState.ACCEPTED || state == ReportState.RETURNED;
		return new Report(new ReportId(unit.value() * 100 + in.id().value()), this.task.id(), in.id(), unit, kind,
				ReportContent.empty(0), state, null, sent ? Instant.parse("2025-10-09T02:00:00Z") : null, 0);
	}

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

}
