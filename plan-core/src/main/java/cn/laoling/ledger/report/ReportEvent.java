package cn.laoling.ledger.report;

import java.time.Instant;

import cn.laoling.ledger.shared.Require;

/**
 * A submission, return or acceptance of a report, with the report as it then stood: a
 * task's timeline is made of these.
 */
public record ReportEvent(ReportId reportId, Kind kind, Instant at, String actor, ReportContent content,
		String comment) {

	public enum Kind {

		SUBMITTED, RETURNED, ACCEPTED

	}

	public ReportEvent {
		Require.present(reportId, "reportId");
		Require.present(kind, "kind");
		Require.present(at, "at");
		actor = Require.text(actor, "actor", 100);
		Require.present(content, "content");
	}

	public static ReportEvent of(Report report, Kind kind, Instant at, String actor) {
		return new ReportEvent(report.id(), kind, at, actor, report.content(),
				(kind == Kind.RETURNED) ? report.reviewComment() : null);
	}

}
