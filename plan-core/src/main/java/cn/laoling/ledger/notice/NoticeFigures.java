package cn.laoling.ledger.notice;

import java.util.List;

import cn.laoling.ledger.report.StandingCounts;

/** The figures a notice is drafted from, kept with it as they were on the day. */
public record NoticeFigures(StandingCounts counts, List<TargetLine> targets, List<TaskLine> tasks) {

	public NoticeFigures {
		targets = List.copyOf(targets);
		tasks = List.copyOf(tasks);
	}

	public List<TaskLine> lagging() {
		return this.tasks.stream().filter(TaskLine::isLagging).toList();
	}

}
