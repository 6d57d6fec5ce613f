package cn.laoling.ledger.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.unit.UnitName;

import static org.assertj.core.api.Assertions.assertThat;

/** Who owes which reports in a period, and who sent them on time, late or not at all. */
class CompletenessTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final LocalDate DUE = LocalDate.of(2022, 6, 25);

	private static final UnitId HEALTH = new UnitId(1);

	private static final UnitId CIVIL = new UnitId(2);

	private static final UnitId STREET_A = new UnitId(3);

	private static final UnitId STREET_B = new UnitId(4);

	private static final UnitId STREETS = new UnitId(9);

	private final Map<UnitId, Unit> units = Map.of(STREETS, new Unit(STREETS, new RegionId(1), new UnitName("各街镇"),
			UnitKind.GROUP, Set.of(), Set.of(STREET_A, STREET_B), 0));

	@Test
	void eachUnitIsCountedForWhatItOwesAndAGroupForEachMember() {
		Task first = task(1, List.of(HEALTH), List.of(CIVIL, STREETS));
		Task second = task(2, List.of(CIVIL), List.of());
		List<Report> reports = List.of(report(first, HEALTH, ReportKind.CONSOLIDATED, "2022-06-24T10:00:00Z"),
				report(first, CIVIL, ReportKind.PART, "2022-06-25T15:59:00Z"),
				report(first, STREET_A, ReportKind.PART, "2022-06-26T08:00:00Z"),
				report(second, CIVIL, ReportKind.CONSOLIDATED, null));

		List<Completeness.UnitCount> counts = Completeness.of(List.of(first, second),
				(id) -> Optional.ofNullable(this.units.get(id)), reports, DUE, ZONE);

		assertThat(counts).containsExactly(new Completeness.UnitCount(HEALTH, 1, 1, 0, 0),
				new Completeness.UnitCount(CIVIL, 2, 1, 0, 1), new Completeness.UnitCount(STREET_A, 1, 0, 1, 0),
				new Completeness.UnitCount(STREET_B, 1, 0, 0, 1));
	}

	@Test
	void aUnitNamedTwiceOnATaskOwesOneReport() {
		Task first = task(1, List.of(HEALTH, CIVIL), List.of(CIVIL, STREETS));
		Task second = task(2, List.of(HEALTH), List.of(HEALTH));
		List<Report> reports = List.of(report(first, HEALTH, ReportKind.CONSOLIDATED, "2022-06-24T10:00:00Z"),
				report(first, CIVIL, ReportKind.PART, "2022-06-24T10:00:00Z"),
				report(second, HEALTH, ReportKind.CONSOLIDATED, "2022-06-24T10:00:00Z"));

		List<Completeness.UnitCount> counts = Completeness.of(List.of(first, second),
				(id) -> Optional.ofNullable(this.units.get(id)), reports, DUE, ZONE);

		assertThat(counts).as("a lead unit that is also responsible consolidates and owes no part")
			.containsExactly(new Completeness.UnitCount(HEALTH, 2, 2, 0, 0),
					new Completeness.UnitCount(CIVIL, 1, 1, 0, 0), new Completeness.UnitCount(STREET_A, 1, 0, 0, 1),
					new Completeness.UnitCount(STREET_B, 1, 0, 0, 1));
	}

	@Test
	void aDoneTaskOwesNoMoreReports() {
		Task done = task(1, List.of(HEALTH), List.of(CIVIL));
		done.markStatus(TaskStatus.COMPLETED);
		Task closed = task(2, List.of(CIVIL), List.of());
		closed.closeOut();

		assertThat(ReportDuty.of(done, (id) -> Optional.ofNullable(this.units.get(id)))).isEmpty();
		assertThat(ReportDuty.of(closed, (id) -> Optional.ofNullable(this.units.get(id)))).isEmpty();
		assertThat(Completeness.of(List.of(done, closed), (id) -> Optional.ofNullable(this.units.get(id)), List.of(),
				DUE, ZONE))
			.isEmpty();
	}

	@Test
	void theLeadUnitMayChaseEveryUnitWhosePartIsNotSubmittedAGroupByItsMembers() {
		Task first = task(1, List.of(HEALTH), List.of(HEALTH, CIVIL, STREETS));
		List<Report> reports = List.of(report(first, STREET_A, ReportKind.PART, "2022-06-24T10:00:00Z"),
				report(first, CIVIL, ReportKind.PART, null));

		List<ReportDuty> missing = ReportDuty.partsMissing(first, (id) -> Optional.ofNullable(this.units.get(id)),
				reports);

		assertThat(missing).as("a draft part is not reported; the consolidating lead unit owes no part")
			.extracting(ReportDuty::unit)
			.containsExactly(CIVIL, STREET_B);
	}

	private static Task task(long id, List<UnitId> lead, List<UnitId> responsible) {
		return new Task(
				new TaskId(id), new PlanId(1), new TaskContent(new TaskNumber(String.valueOf(id)), 0, null, "任务" + id,
						lead, responsible, List.of(), List.of(Deadline.impliedBy(PlanPeriod.year(2022)))),
				TaskStatus.IN_PROGRESS, 0);
	}

	/** A report submitted at the instant, or a draft when none is given. */
	private static Report report(Task task, UnitId unit, ReportKind kind, String submitted) {
		return new Report(new ReportId(task.id().value() * 100 + unit.value()), task.id(), new ReportingPeriodId(5),
				unit, kind, ReportContent.empty(0), (submitted == null) ? ReportState.DRAFT : ReportState.SUBMITTED,
				null, (submitted == null) ? null : Instant.parse(submitted), 0);
	}

}
