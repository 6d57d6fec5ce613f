package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.unit.UnitId;

/**
 * What the lead unit sees beside its own form: the responsible units' submitted figures
 * summed where they add up — counts and amounts, and rates given as fractions (numerators
 * and denominators summed); a rate given as a percentage does not add up and is left out.
 * A split target (指标分解) sums only the figures of the units holding a quota: that sum is
 * the task's figure, which the lead unit does not type.
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

	/**
	 * As above, a split target summing only its quota holders' figures.
	 * @param parts each unit's submitted part
	 */
	public static List<Figure> sum(List<Target> targets, List<TargetSplit> splits, Map<UnitId, ReportContent> parts) {
		List<Figure> sums = new ArrayList<>(sum(targets, List.copyOf(parts.values())));
		for (TargetSplit split : TargetSplit.applying(splits, targets)) {
			sums.set(split.target(),
					amounts(parts.entrySet()
						.stream()
						.filter((part) -> split.holds(part.getKey()))
						.map(Map.Entry::getValue)
						.toList(), split.target()));
		}
		return sums;
	}

	/**
	 * Which figures a unit types in its report, one per target: a part every target but a
	 * split one whose quota it does not hold; the lead unit's report every target but the
	 * split ones, whose figure is the quota holders' sum.
	 */
	public static List<Boolean> typed(List<Target> targets, List<TargetSplit> splits, UnitId unit, ReportKind kind) {
		List<TargetSplit> applying = TargetSplit.applying(splits, targets);
		List<Boolean> typed = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			Optional<TargetSplit> split = TargetSplit.of(applying, i);
			typed.add(split.isEmpty() || (kind == ReportKind.PART && split.get().holds(unit)));
		}
		return typed;
	}

	/**
	 * The report a unit keeps from what it wrote: no figure where it types none, and in
	 * the lead unit's report each split target's sum of its quota holders' parts.
	 * @param parts the parts submitted in the period, by unit
	 */
	public static ReportContent kept(ReportContent written, List<Target> targets, List<TargetSplit> splits, UnitId unit,
			ReportKind kind, Map<UnitId, ReportContent> parts) {
		List<Boolean> typed = typed(targets, splits, unit, kind);
		List<Figure> sums = (kind == ReportKind.CONSOLIDATED) ? sum(targets, splits, parts) : List.of();
		List<Figure> figures = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			figures.add(
					typed.get(i) ? written.figure(i) : (kind == ReportKind.CONSOLIDATED) ? sums.get(i) : Figure.none());
		}
		return new ReportContent(written.progress(), figures, written.status(), written.problems(), written.nextSteps(),
				written.explanation());
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
