package cn.laoling.ledger.report;

import java.util.Collections;
import java.util.List;

import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.shared.Require;

/**
 * What a report says.
 *
 * @param progress 进展情况
 * @param figures one per target of the task, in its order
 * @param status 完成状态 as the unit sees it
 * @param problems 存在问题
 * @param nextSteps 下步计划
 * @param explanation why a figure is lower than last period's, if it is
 */
public record ReportContent(String progress, List<Figure> figures, TaskStatus status, String problems, String nextSteps,
		String explanation) {

	public static final int MAX_TEXT = 4000;

	public ReportContent {
		progress = Require.optionalText(progress, "progress", MAX_TEXT);
		figures = List.copyOf(figures);
		status = Require.present(status, "status");
		problems = Require.optionalText(problems, "problems", MAX_TEXT);
		nextSteps = Require.optionalText(nextSteps, "nextSteps", MAX_TEXT);
		explanation = Require.optionalText(explanation, "explanation", MAX_TEXT);
	}

	public static ReportContent empty(int targets) {
		return new ReportContent(null, Collections.nCopies(targets, Figure.none()), TaskStatus.IN_PROGRESS, null, null,
				null);
	}

	public Figure figure(int target) {
		return (target < this.figures.size()) ? this.figures.get(target) : Figure.none();
	}

}
