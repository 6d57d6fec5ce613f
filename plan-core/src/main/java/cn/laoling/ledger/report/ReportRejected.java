package cn.laoling.ledger.report;

import java.util.List;

/** A submission refused for the problems named; nothing changed. */
public class ReportRejected extends RuntimeException {

	private final List<ReportProblem> problems;

	public ReportRejected(List<ReportProblem> problems) {
		super("report not complete: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<ReportProblem> problems() {
		return this.problems;
	}

}
