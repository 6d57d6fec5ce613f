package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.laoling.ledger.plan.Target;

/**
 * What the lead unit sees beside its own form: the responsible units' submitted figures
 * summed where they add up — counts and amounts, and rates given as fractions (numerators
 * and denominators summed); a rate given as a percentage does not add up and is left out.
 */
public final class Consolidation {

	private Consolidation() {
	}

	public static List<Figure> sum(List<Target> targets, List<ReportContent> parts) {
		List<Figure> sums = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			sums.add(targets.get(i).isRate() ? fractions(parts, i) : amounts(parts, i));
		}
		return sums;
	}

	private static Figure amounts(List<ReportContent> parts, int target) {
		BigDecimal total = null;
		for (ReportContent part : parts) {
			BigDecimal value = part.figure(target).amount();
			if (value != null) {
				total = (total == null) ? value : total.add(value);
			}
		}
		return (total == null) ? Figure.none() : Figure.of(total);
	}

	private static Figure fractions(List<ReportContent> parts, int target) {
		BigDecimal numerator = BigDecimal.ZERO;
		BigDecimal denominator = BigDecimal.ZERO;
		boolean any = false;
		for (ReportContent part : parts) {
			Figure figure = part.figure(target);
			if (figure.isFraction()) {
				numerator = numerator.add(figure.numerator());
				denominator = denominator.add(figure.denominator());
				any = true;
			}
		}
		return any ? Figure.rate(numerator, denominator) : Figure.none();
	}

}
