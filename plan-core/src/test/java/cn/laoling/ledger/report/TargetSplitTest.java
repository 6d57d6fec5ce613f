package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Measure;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Quota;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.TargetValue;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.unit.UnitName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 指标分解: a target split among the units reporting on a task, each unit judged on its own
 * share, and the task's figure the sum of the quota holders' figures.
 */
class TargetSplitTest {

	private static final PlanPeriod YEAR = PlanPeriod.year(2022);

	private static final Deadline YEAR_END = Deadline.written(LocalDate.of(2022, 12, 31), "到2022年底");

	/** 181 of 365 days: 序时 for a quota of 4 is 1.98. */
	private static final LocalDate MID_YEAR = LocalDate.of(2022, 6, 30);

	private static final UnitId HEALTH = new UnitId(1);

	private static final UnitId CIVIL = new UnitId(2);

	private static final UnitId STREET_A = new UnitId(3);

	private static final UnitId STREET_B = new UnitId(4);

	private static final UnitId STREETS = new UnitId(9);

	private static final Map<UnitId, Unit> UNITS = Map.of(STREETS, new Unit(STREETS, new RegionId(1),
			new UnitName("各街镇"), UnitKind.GROUP, Set.of(), Set.of(STREET_A, STREET_B), 0));

	private final Task task = new Task(new TaskId(7), new PlanId(1),
			new TaskContent(new TaskNumber("1"), 1, null, "创建老年友好型社区26个，培训1500人次，规范健康管理率达70%以上",
					List.of(HEALTH, STREETS), List.of(CIVIL),
					List.of(Target.exactly(26, "个", "老年友好型社区"), Target.atLeast(1500, "人次", "培训"),
							new Target(new TargetValue.Amount(BigDecimal.valueOf(70)), Measure.PERCENT, "规范健康管理率",
									Comparator.AT_LEAST, Recurrence.ONCE)),
					List.of(YEAR_END)),
			TaskStatus.IN_PROGRESS, 0);

	@Test
	void aTargetIsSplitAmongTheUnitsReportingTheirPartsGroupsByTheirMembers() {
		List<UnitId> sharing = ReportDuty.sharing(this.task, (id) -> Optional.ofNullable(UNITS.get(id)));

		assertThat(sharing).as("the consolidating unit reports the whole, not a share")
			.containsExactly(STREET_A, STREET_B, CIVIL);

		TargetSplit split = TargetSplit.of(this.task, 0, List.of(quota(STREET_A, 4), quota(STREET_B, 20)), sharing);
		assertThat(split.total()).isEqualByComparingTo("24");
		assertThat(split.shortfall(this.task.targets().get(0))).as("2 of the 26 not yet divided")
			.isEqualByComparingTo("2");
		assertThat(split.quotaOf(STREET_A)).contains(new BigDecimal("4"));
		assertThat(split.holds(CIVIL)).isFalse();
	}

	@Test
	void aSplitIsRefusedForAUnitNotReportingOnTheTaskForARateAndForAUnitTwice() {
		List<UnitId> sharing = ReportDuty.sharing(this.task, (id) -> Optional.ofNullable(UNITS.get(id)));

		assertThatThrownBy(() -> TargetSplit.of(this.task, 0, List.of(quota(HEALTH, 2)), sharing))
			.isInstanceOf(DomainRuleException.class)
			.hasFieldOrPropertyWithValue("code", "quota.unit.notSharing");
		assertThatThrownBy(() -> TargetSplit.of(this.task, 2, List.of(quota(STREET_A, 2)), sharing))
			.hasFieldOrPropertyWithValue("code", "quota.target.rate");
		assertThatThrownBy(() -> TargetSplit.of(this.task, 3, List.of(quota(STREET_A, 2)), sharing))
			.hasFieldOrPropertyWithValue("code", "quota.target.unknown");
		assertThatThrownBy(() -> TargetSplit.of(this.task, 0, List.of(quota(STREET_A, 2), quota(STREET_A, 3)), sharing))
			.hasFieldOrPropertyWithValue("code", "quota.unit.twice");
		assertThatThrownBy(() -> quota(STREET_A, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theTasksFigureForASplitTargetIsTheSumOfTheQuotaHoldersFiguresOnly() {
		TargetSplit split = new TargetSplit(0, List.of(quota(STREET_A, 4), quota(STREET_B, 22)));
		Map<UnitId, ReportContent> parts = new LinkedHashMap<>();
		parts.put(STREET_A, figures(3, 100));
		parts.put(STREET_B, figures(5, 200));
		parts.put(CIVIL, figures(9, 300));

		List<Figure> sums = Consolidation.sum(this.task.targets(), List.of(split), parts);

		assertThat(sums.get(0).amount()).as("民政局 holds no quota of the communities").isEqualByComparingTo("8");
		assertThat(sums.get(1).amount()).as("an unsplit target sums every part").isEqualByComparingTo("600");
		assertThat(Consolidation.typed(this.task.targets(), List.of(split), CIVIL, ReportKind.PART))
			.containsExactly(false, true, true);
		assertThat(Consolidation.typed(this.task.targets(), List.of(split), STREET_A, ReportKind.PART))
			.containsExactly(true, true, true);
		assertThat(Consolidation.typed(this.task.targets(), List.of(split), HEALTH, ReportKind.CONSOLIDATED))
			.as("the lead unit does not type the sum")
			.containsExactly(false, true, true);

		ReportContent lead = Consolidation.kept(figures(99, 1600), this.task.targets(), List.of(split), HEALTH,
				ReportKind.CONSOLIDATED, parts);
		ReportContent civil = Consolidation.kept(figures(9, 300), this.task.targets(), List.of(split), CIVIL,
				ReportKind.PART, parts);
		assertThat(lead.figure(0).amount()).as("the quota holders' sum, not what was typed").isEqualByComparingTo("8");
		assertThat(lead.figure(1).amount()).isEqualByComparingTo("1600");
		assertThat(civil.figure(0).isGiven()).isFalse();
		assertThat(ReportCheck.problems(civil, this.task.targets(),
				Consolidation.typed(this.task.targets(), List.of(split), CIVIL, ReportKind.PART), List.of(), 0))
			.as("only the rate is missing")
			.extracting(ReportProblem::code)
			.containsExactly("report.progress.required", "report.figure.required");
	}

	@Test
	void eachUnitIsJudgedOnItsOwnShare() {
		Target communities = this.task.targets().get(0);
		TargetSplit split = new TargetSplit(0, List.of(quota(STREET_A, 4), quota(STREET_B, 22)));

		ShareProgress a = ShareProgress.of(communities, split, STREET_A, BigDecimal.valueOf(2), YEAR, YEAR_END,
				MID_YEAR, LightRules.DEFAULT);
		ShareProgress b = ShareProgress.of(communities, split, STREET_B, BigDecimal.valueOf(2), YEAR, YEAR_END,
				MID_YEAR, LightRules.DEFAULT);
		ShareProgress none = ShareProgress.of(communities, split, STREET_B, null, YEAR, YEAR_END, MID_YEAR,
				LightRules.DEFAULT);
		ShareProgress reached = ShareProgress.of(communities, split, STREET_A, BigDecimal.valueOf(4), YEAR, YEAR_END,
				MID_YEAR, LightRules.DEFAULT);

		assertThat(a.expected()).isEqualByComparingTo("1.983562");
		assertThat(a.light()).as("2 of 4 by mid-year is on schedule").isEqualTo(Light.GREEN);
		assertThat(b.light()).as("2 of 22 by mid-year is 40 points behind").isEqualTo(Light.RED);
		assertThat(b.isBehind()).isTrue();
		assertThat(none.standing()).isEqualTo(Standing.UNREPORTED);
		assertThat(none.light()).isEqualTo(Light.GREY);
		assertThat(reached.light()).isEqualTo(Light.COMPLETED);
		assertThat(ShareProgress
			.of(communities, split, STREET_B, null, YEAR, YEAR_END, LocalDate.of(2023, 1, 2), LightRules.DEFAULT)
			.light()).as("nothing reported once the task is overdue").isEqualTo(Light.RED);
	}

	@Test
	void onlySplitsOfTargetsStillSplittableApply() {
		TargetSplit onRate = new TargetSplit(2, List.of(quota(STREET_A, 4)));
		TargetSplit gone = new TargetSplit(5, List.of(quota(STREET_A, 4)));
		TargetSplit empty = new TargetSplit(1, List.of());
		TargetSplit kept = new TargetSplit(0, List.of(quota(STREET_A, 4)));

		assertThat(TargetSplit.applying(List.of(onRate, gone, empty, kept), this.task.targets())).containsExactly(kept);
	}

	@Test
	void aSplitFollowsItsTargetWhenTheTargetsAreRewrittenAndKeepsOnlyTheUnitsStillReporting() {
		TargetSplit split = new TargetSplit(0, List.of(quota(STREET_A, 4), quota(CIVIL, 22)));
		List<Target> reordered = List.of(this.task.targets().get(1), Target.exactly(30, "个", "老年友好型社区"));

		assertThat(TargetSplit.following(List.of(split), this.task.targets(), reordered, List.of(STREET_A, STREET_B)))
			.as("moved to the second place, 民政局 no longer reporting on the task")
			.containsExactly(new TargetSplit(1, List.of(quota(STREET_A, 4))));
		assertThat(TargetSplit.following(List.of(split), this.task.targets(), List.of(reordered.get(0)),
				List.of(STREET_A, CIVIL)))
			.as("the target is gone")
			.isEmpty();
	}

	private static Quota quota(UnitId unit, long amount) {
		return new Quota(unit, BigDecimal.valueOf(amount));
	}

	private static ReportContent figures(long first, long second) {
		return new ReportContent(null,
				List.of(Figure.of(BigDecimal.valueOf(first)), Figure.of(BigDecimal.valueOf(second)), Figure.none()),
				TaskStatus.IN_PROGRESS, null, null, null);
	}

}
