package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Measure;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetValue;
import cn.laoling.ledger.plan.TaskStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The traffic lights: against 序时进度, by reported status, by deadline, and once closed. */
class AssessmentTest {

	private static final PlanPeriod YEAR = PlanPeriod.year(2022);

	private static final Deadline YEAR_END = Deadline.written(LocalDate.of(2022, 12, 31), "到2022年底");

	/** 2022-06-30: 181 of 365 days, 序时 for 100 is 49.59. */
	private static final LocalDate MID_YEAR = LocalDate.of(2022, 6, 30);

	private final Target hundred = Target.atLeast(100, "个", "示范点");

	@Test
	void atOrAheadOfScheduleIsGreenAndFarAheadIsAhead() {
		assertThat(judge(50)).extracting(Assessment::standing, Assessment::light)
			.containsExactly(Standing.ON_SCHEDULE, Light.GREEN);
		assertThat(judge(60)).extracting(Assessment::standing, Assessment::light)
			.containsExactly(Standing.AHEAD, Light.GREEN);
	}

	@Test
	void tenToThirtyPointsBehindIsYellowAndMoreIsRed() {
		assertThat(judge(45).light()).as("4.59 points behind").isEqualTo(Light.GREEN);
		assertThat(judge(39.59).light()).as("exactly 10 behind").isEqualTo(Light.YELLOW);
		assertThat(judge(39.59).standing()).isEqualTo(Standing.BEHIND);
		assertThat(judge(19.59).light()).as("exactly 30 behind").isEqualTo(Light.YELLOW);
		assertThat(judge(19.5).light()).as("30.09 behind").isEqualTo(Light.RED);
	}

	@Test
	void theFurthestBehindTargetSpeaksForTheTask() {
		Target rate = new Target(new TargetValue.Amount(BigDecimal.valueOf(70)), Measure.PERCENT, "规范健康管理率",
				Comparator.AT_LEAST, Recurrence.ONCE);

		Assessment assessment = Assessment.of(List.of(this.hundred, rate),
				List.of(BigDecimal.valueOf(80), BigDecimal.valueOf(10)), TaskStatus.IN_PROGRESS, false, YEAR_END, YEAR,
				MID_YEAR, LightRules.DEFAULT);

		assertThat(assessment.light()).isEqualTo(Light.RED);
		assertThat(assessment.targets()).extracting(TargetProgress::standing)
			.containsExactly(Standing.AHEAD, Standing.BEHIND);
	}

	@Test
	void aTaskWithoutFiguresTakesItsReportedStatus() {
		assertThat(Assessment
			.of(List.of(), List.of(), TaskStatus.IN_PROGRESS, false, YEAR_END, YEAR, MID_YEAR, LightRules.DEFAULT)
			.light()).isEqualTo(Light.GREEN);
		assertThat(Assessment.of(List.of(this.hundred), Arrays.asList((BigDecimal) null), TaskStatus.LAGGING, false,
				YEAR_END, YEAR, MID_YEAR, LightRules.DEFAULT))
			.extracting(Assessment::standing, Assessment::light)
			.containsExactly(Standing.BEHIND, Light.YELLOW);
	}

	@Test
	void pastItsDeadlineAndNotDoneIsRedEvenWhenTheFiguresLookFine() {
		Deadline may = Deadline.written(LocalDate.of(2022, 5, 31), "2022年5月底");

		assertThat(Assessment
			.of(List.of(this.hundred), List.of(BigDecimal.valueOf(99)), TaskStatus.IN_PROGRESS, false, may, YEAR,
					LocalDate.of(2022, 6, 1), LightRules.DEFAULT)
			.light()).isEqualTo(Light.RED);
		assertThat(Assessment
			.of(List.of(this.hundred), List.of(BigDecimal.valueOf(99)), TaskStatus.IN_PROGRESS, false, may, YEAR,
					LocalDate.of(2022, 5, 31), LightRules.DEFAULT)
			.light()).as("on the deadline itself").isEqualTo(Light.GREEN);
		assertThat(Assessment
			.of(List.of(), List.of(), TaskStatus.COMPLETED, false, may, YEAR, LocalDate.of(2022, 6, 1),
					LightRules.DEFAULT)
			.light()).as("reported done").isEqualTo(Light.GREEN);
	}

	@Test
	void aClosedTaskIsCompletedWhateverItsFigures() {
		assertThat(Assessment.of(List.of(this.hundred), List.of(BigDecimal.ONE), TaskStatus.IN_PROGRESS, true, YEAR_END,
				YEAR, MID_YEAR, LightRules.DEFAULT))
			.extracting(Assessment::standing, Assessment::light)
			.containsExactly(Standing.COMPLETED, Light.COMPLETED);
	}

	@Test
	void aCeilingIsKeptOrNotWhateverTheDay() {
		Target ceiling = new Target(new TargetValue.Amount(BigDecimal.valueOf(5)), Measure.PERCENT, "空置率",
				Comparator.AT_MOST, Recurrence.ONCE);

		assertThat(Assessment
			.of(List.of(ceiling), List.of(BigDecimal.valueOf(4)), TaskStatus.IN_PROGRESS, false, YEAR_END, YEAR,
					MID_YEAR, LightRules.DEFAULT)
			.light()).isEqualTo(Light.GREEN);
		assertThat(Assessment
			.of(List.of(ceiling), List.of(BigDecimal.valueOf(7)), TaskStatus.IN_PROGRESS, false, YEAR_END, YEAR,
					MID_YEAR, LightRules.DEFAULT)
			.light()).as("40 points over").isEqualTo(Light.RED);
	}

	@Test
	void thresholdsAreTheOfficesChoice() {
		LightRules strict = new LightRules(5, 15, 5);

		assertThat(Assessment
			.of(List.of(this.hundred), List.of(BigDecimal.valueOf(40)), TaskStatus.IN_PROGRESS, false, YEAR_END, YEAR,
					MID_YEAR, strict)
			.light()).as("9.59 behind").isEqualTo(Light.YELLOW);
	}

	private Assessment judge(double actual) {
		return Assessment.of(List.of(this.hundred), List.of(BigDecimal.valueOf(actual)), TaskStatus.IN_PROGRESS, false,
				YEAR_END, YEAR, MID_YEAR, LightRules.DEFAULT);
	}

}
