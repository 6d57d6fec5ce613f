package cn.laoling.ledger.plan;

import java.math.BigDecimal;

import cn.laoling.ledger.shared.Require;

/**
 * 量化目标: a quantitative target of a task, such as {@code 创建老年友好型社区26个} or
 * {@code 规范健康管理率达70%以上}.
 *
 * @param value the amount or range
 * @param measure the measure word
 * @param counted what is counted ({@code 老年友好型社区}, {@code 规范健康管理率})
 * @param comparator how the value binds
 * @param recurrence once by the deadline, or per year or quarter
 */
public record Target(TargetValue value, Measure measure, String counted, Comparator comparator, Recurrence recurrence) {

	public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public Target {
		Require.present(value, "target value");
		Require.present(measure, "measure");
		counted = Require.text(counted, "what the target counts", 100);
		Require.present(comparator, "comparator");
		Require.present(recurrence, "recurrence");
		if (measure.isRate() && value.goal().compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("a rate target cannot exceed 100%, was " + value.goal());
		}
	}

	public static Target atLeast(long amount, String measure, String counted) {
		return new Target(new TargetValue.Amount(BigDecimal.valueOf(amount)), new Measure(measure), counted,
				Comparator.AT_LEAST, Recurrence.ONCE);
	}

	public static Target exactly(long amount, String measure, String counted) {
		return new Target(new TargetValue.Amount(BigDecimal.valueOf(amount)), new Measure(measure), counted,
				Comparator.EXACTLY, Recurrence.ONCE);
	}

	public Target every(Recurrence newRecurrence) {
		return new Target(this.value, this.measure, this.counted, this.comparator, newRecurrence);
	}

	public boolean isRate() {
		return this.measure.isRate();
	}

}
