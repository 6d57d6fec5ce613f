package cn.laoling.ledger.report;

/**
 * Why a report cannot be submitted yet.
 *
 * @param code names the problem in the messages ({@code report.figure.required})
 * @param target the target it concerns (0-based), or -1 for the report as a whole
 */
public record ReportProblem(String code, int target) {

	public static ReportProblem of(String code) {
		return new ReportProblem(code, -1);
	}

}
