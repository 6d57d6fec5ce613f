package cn.laoling.ledger.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TaskStatus;

/**
 * What a report needs before it is submitted: the progress written, every target's figure
 * given, rates within 0–100 %, a figure lower than last period's explained, and evidence
 * for a task reported done.
 */
public final class ReportCheck {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ReportCheck() {
	}

	/**
	 * @param previous the figures of the unit's last accepted report, one per target
	 * ({@link Figure#none()} where there is none)
	 * @param evidence how many evidence files the report has
	 */
	public static List<ReportProblem> problems(ReportContent content, List<Target> targets, List<Figure> previous,
			int evidence) {
		return problems(content, targets, Collections.nCopies(targets.size(), true), previous, evidence);
	}

	/**
	 * As above, checking only the figures the unit types: not those of a split target it
	 * holds no quota of, nor the sum the lead unit's report takes from the quota holders
	 * ({@link Consolidation}).
	 * @param typed for each target, whether the unit types its figure
	 */
	public static List<ReportProblem> problems(ReportContent content, List<Target> targets, List<Boolean> typed,
			List<Figure> previous, int evidence) {
		List<ReportProblem> problems = new ArrayList<>();
		if (content.progress() == null) {
			problems.add(ReportProblem.of("report.progress.required"));
		}
		for (int i = 0; i < targets.size(); i++) {
			Figure figure = content.figure(i);
			BigDecimal before = (i < previous.size()) ? previous.get(i).amount() : null;
			if (i < typed.size() && !typed.get(i)) {
				// a sum the unit did not type still needs a reason to fall
				BigDecimal sum = figure.amount();
				if (sum != null && before != null && sum.compareTo(before) < 0 && content.explanation() == null) {
					problems.add(new ReportProblem("report.figure.decrease", i));
				}
				continue;
			}
			if (!figure.isGiven()) {
				problems.add(new ReportProblem("report.figure.required", i));
				continue;
			}
			if (figure.isFraction() && (figure.denominator().signum() <= 0 || figure.numerator().signum() < 0
					|| figure.numerator().compareTo(figure.denominator()) > 0)) {
				problems.add(new ReportProblem("report.figure.fraction", i));
				continue;
			}
			BigDecimal amount = figure.amount();
			if (amount.signum() < 0) {
				problems.add(new ReportProblem("report.figure.negative", i));
			}
			else if (targets.get(i).isRate() && amount.compareTo(HUNDRED) > 0) {
				problems.add(new ReportProblem("report.figure.rate", i));
			}
			if (before != null && amount.compareTo(before) < 0 && content.explanation() == null) {
				problems.add(new ReportProblem("report.figure.decrease", i));
			}
		}
		if (content.status() == TaskStatus.COMPLETED && evidence == 0) {
			problems.add(ReportProblem.of("report.evidence.required"));
		}
		return problems;
	}

}
