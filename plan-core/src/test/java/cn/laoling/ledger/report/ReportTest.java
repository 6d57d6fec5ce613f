package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.Measure;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetValue;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.unit.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A report's way from draft to accepted: every state change, and what a submission needs.
 */
class ReportTest {

	private static final Instant NOW = Instant.parse("2022-06-20T02:00:00Z");

	private final Target communities = Target.atLeast(26, "个", "老年友好型社区");

	private final Target healthRate = new Target(new TargetValue.Amount(BigDecimal.valueOf(70)), Measure.PERCENT,
			"规范健康管理率", Comparator.AT_LEAST, Recurrence.ONCE);

	private final List<Target> targets = List.of(this.communities, this.healthRate);

	private final ReportingPeriod period = new ReportingPeriod(new ReportingPeriodId(7), new PlanId(1),
			new Quarter(2022, 2), ReportingPeriod.defaultDueDate(new Quarter(2022, 2)), PeriodState.OPEN, 0);

	private final Report report = Report.start(new TaskId(3), this.period, new UnitId(5), ReportKind.CONSOLIDATED, 2);

	@Test
	void aDraftIsSavedAnyTimeAndSubmittedWhenComplete() {
		this.report.saveDraft(this.period, content("已创建8个", Figure.of(BigDecimal.valueOf(8)), Figure.none()));
		assertThat(this.report.state()).isEqualTo(ReportState.DRAFT);

		this.report.submit(this.period, complete(), this.targets, List.of(), 0, NOW);

		assertThat(this.report.state()).isEqualTo(ReportState.SUBMITTED);
		assertThat(this.report.submittedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> this.report.saveDraft(this.period, complete()))
			.isInstanceOf(DomainRuleException.class);
	}

	@Test
	void anIncompleteSubmissionNamesEveryProblemAndChangesNothing() {
		ReportContent incomplete = new ReportContent(" ", List.of(Figure.none(), Figure.of(BigDecimal.valueOf(120))),
				TaskStatus.COMPLETED, null, null, null);

		ReportRejected rejected = catchThrowableOfType(ReportRejected.class,
				() -> this.report.submit(this.period, incomplete, this.targets, List.of(), 0, NOW));

		assertThat(rejected.problems()).containsExactly(ReportProblem.of("report.progress.required"),
				new ReportProblem("report.figure.required", 0), new ReportProblem("report.figure.rate", 1),
				ReportProblem.of("report.evidence.required"));
		assertThat(this.report.state()).isEqualTo(ReportState.DRAFT);
		assertThat(this.report.content().progress()).isNull();
	}

	@Test
	void aFigureLowerThanLastPeriodsNeedsAnExplanation() {
		List<Figure> previous = List.of(Figure.of(BigDecimal.valueOf(10)), Figure.none());

		assertThat(ReportCheck.problems(complete(), this.targets, previous, 0))
			.containsExactly(new ReportProblem("report.figure.decrease", 0));
		ReportContent explained = new ReportContent("已创建8个", complete().figures(), TaskStatus.IN_PROGRESS, null, null,
				"两个社区复核后不达标，已撤销");
		assertThat(ReportCheck.problems(explained, this.targets, previous, 0)).isEmpty();
	}

	@Test
	void aRateGivenAsAFractionMustBeOneAndCompletedNeedsEvidence() {
		ReportContent wrongFraction = content("进展", Figure.of(BigDecimal.ONE),
				Figure.rate(BigDecimal.valueOf(120), BigDecimal.valueOf(100)));
		ReportContent done = new ReportContent("全部完成", complete().figures(), TaskStatus.COMPLETED, null, null, null);

		assertThat(ReportCheck.problems(wrongFraction, this.targets, List.of(), 0))
			.containsExactly(new ReportProblem("report.figure.fraction", 1));
		assertThat(ReportCheck.problems(done, this.targets, List.of(), 1)).isEmpty();
		assertThat(Figure.rate(BigDecimal.valueOf(7), BigDecimal.valueOf(10)).amount()).isEqualByComparingTo("70");
	}

	@Test
	void aReturnedReportCarriesTheCommentIsCorrectedAndSubmittedAgainThenAccepted() {
		this.report.submit(this.period, complete(), this.targets, List.of(), 0, NOW);

		this.report.returnWith(this.period, "请补充各街镇创建名单");
		assertThat(this.report.state()).isEqualTo(ReportState.RETURNED);
		assertThat(this.report.reviewComment()).isEqualTo("请补充各街镇创建名单");
		this.report.saveDraft(this.period, complete());
		assertThat(this.report.state()).isEqualTo(ReportState.RETURNED);
		this.report.submit(this.period, complete(), this.targets, List.of(), 0, NOW.plusSeconds(60));
		this.report.accept(this.period);

		assertThat(this.report.state()).isEqualTo(ReportState.ACCEPTED);
		assertThatThrownBy(() -> this.report.accept(this.period)).isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> this.report.returnWith(this.period, "再改")).isInstanceOf(DomainRuleException.class);
	}

	@Test
	void onlyASubmittedReportIsReviewedAndAReturnNeedsAComment() {
		assertThatThrownBy(() -> this.report.accept(this.period)).isInstanceOf(DomainRuleException.class);
		this.report.submit(this.period, complete(), this.targets, List.of(), 0, NOW);
		assertThatThrownBy(() -> this.report.returnWith(this.period, " ")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aClosedPeriodTakesNoDraftsSubmissionsOrReviews() {
		this.period.close();

		assertThatThrownBy(() -> this.report.saveDraft(this.period, complete())).isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("closed");
		assertThatThrownBy(() -> Report.start(new TaskId(3), this.period, new UnitId(6), ReportKind.PART, 2))
			.isInstanceOf(DomainRuleException.class);
	}

	@Test
	void theLeadUnitSeesThePartsSummedWhereTheyAddUp() {
		List<ReportContent> parts = List.of(
				content("甲", Figure.of(BigDecimal.valueOf(3)),
						Figure.rate(BigDecimal.valueOf(60), BigDecimal.valueOf(100))),
				content("乙", Figure.of(BigDecimal.valueOf(5)),
						Figure.rate(BigDecimal.valueOf(90), BigDecimal.valueOf(100))),
				content("丙", Figure.none(), Figure.of(BigDecimal.valueOf(80))));

		List<Figure> sums = Consolidation.sum(this.targets, parts);

		assertThat(sums.get(0).amount()).isEqualByComparingTo("8");
		assertThat(sums.get(1).amount()).as("150 of 200").isEqualByComparingTo("75");
	}

	private ReportContent complete() {
		return content("已创建8个，健康管理率达到65%", Figure.of(BigDecimal.valueOf(8)), Figure.of(BigDecimal.valueOf(65)));
	}

	private static ReportContent content(String progress, Figure first, Figure second) {
		return new ReportContent(progress, List.of(first, second), TaskStatus.IN_PROGRESS, null, null, null);
	}

	@Test
	void ofTwoReportsOfMergedUnitsTheOneFurtherAlongGoesOnTheKeptUnitsWhenAsFar() {
		Report keptDraft = report(ReportState.DRAFT);
		Report mergedAccepted = report(ReportState.ACCEPTED);
		Report keptSubmitted = report(ReportState.SUBMITTED);
		Report mergedReturned = report(ReportState.RETURNED);
		Report mergedSubmitted = report(ReportState.SUBMITTED);

		assertThat(Report.goesOnOf(keptDraft, mergedAccepted)).isSameAs(mergedAccepted);
		assertThat(Report.goesOnOf(keptSubmitted, mergedReturned)).isSameAs(keptSubmitted);
		assertThat(Report.goesOnOf(keptSubmitted, mergedSubmitted)).isSameAs(keptSubmitted);
		assertThat(Report.goesOnOf(report(ReportState.RETURNED), report(ReportState.DRAFT)).state())
			.isEqualTo(ReportState.RETURNED);
	}

	private Report report(ReportState state) {
		return new Report(new ReportId(40), new TaskId(3), this.period.id(), new UnitId(5), ReportKind.CONSOLIDATED,
				ReportContent.empty(2), state, null, null, 0);
	}

}
