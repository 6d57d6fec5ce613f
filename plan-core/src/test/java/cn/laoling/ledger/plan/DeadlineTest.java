package cn.laoling.ledger.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeadlineTest {

	private final Deadline endOf2022 = Deadline.written(LocalDate.of(2022, 12, 31), "到2022年底");

	@Test
	void isNotOverdueOnItsDay() {
		assertThat(this.endOf2022.isOverdueOn(LocalDate.of(2022, 12, 31))).isFalse();
	}

	@Test
	void isOverdueTheDayAfter() {
		assertThat(this.endOf2022.isOverdueOn(LocalDate.of(2023, 1, 1))).isTrue();
	}

	@Test
	void anImpliedDeadlineIsThePeriodEnd() {
		Deadline implied = Deadline.impliedBy(PlanPeriod.years(2023, 2025));

		assertThat(implied.date()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(implied.implied()).isTrue();
	}

	@Test
	void aWrittenDeadlineKeepsItsWords() {
		assertThatIllegalArgumentException().isThrownBy(() -> Deadline.written(LocalDate.of(2022, 6, 30), " "))
			.withMessageContaining("wording");
	}

	@Test
	void aPeriodCannotEndBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PlanPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2023, 12, 31)))
			.withMessageContaining("period end 2023-12-31 is before its start 2025-01-01");
	}

}
