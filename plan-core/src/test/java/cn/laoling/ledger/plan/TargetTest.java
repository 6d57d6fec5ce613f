package cn.laoling.ledger.plan;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TargetTest {

	@Test
	void aCountTargetKeepsWhatItCounts() {
		Target target = Target.exactly(26, "个", "老年友好型社区");

		assertThat(target.value().goal()).isEqualByComparingTo("26");
		assertThat(target.measure().symbol()).isEqualTo("个");
		assertThat(target.counted()).isEqualTo("老年友好型社区");
		assertThat(target.isRate()).isFalse();
	}

	@Test
	void aRangeIsMeasuredAgainstItsUpperEnd() {
		TargetValue range = TargetValue.of(new BigDecimal("4"), new BigDecimal("5"));

		assertThat(range).isInstanceOf(TargetValue.Range.class);
		assertThat(range.goal()).isEqualByComparingTo("5");
	}

	@Test
	void aRangeWithEqualEndsIsAnAmount() {
		assertThat(TargetValue.of(BigDecimal.TEN, BigDecimal.TEN)).isInstanceOf(TargetValue.Amount.class);
	}

	@Test
	void aRangeMustRise() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TargetValue.Range(BigDecimal.TEN, BigDecimal.ONE))
			.withMessageContaining("target range high 1 must exceed its low 10");
	}

	@Test
	void aRateCannotExceedAHundredPercent() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Target(new TargetValue.Amount(new BigDecimal("170")), new Measure("％"), "规范健康管理率",
					Comparator.AT_LEAST, Recurrence.ONCE))
			.withMessageContaining("cannot exceed 100%");
	}

	@Test
	void fullWidthPercentIsARate() {
		assertThat(new Measure("％").isRate()).isTrue();
	}

	@Test
	void aTargetNamesWhatItCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Target.atLeast(1500, "人次", " "))
			.withMessageContaining("what the target counts must not be blank");
	}

	@Test
	void aTrainingTargetRecursEveryYear() {
		Target training = Target.atLeast(1500, "人次", "老年人运用智能技术培训").every(Recurrence.PER_YEAR);

		assertThat(training.recurrence()).isEqualTo(Recurrence.PER_YEAR);
		assertThat(training.comparator()).isEqualTo(Comparator.AT_LEAST);
	}

}
