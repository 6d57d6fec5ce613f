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

		SUBMITTED, RETURNED, ACCEPTED,

		/**
		 * Another report on the same task and period, of a unit merged with this one's,
		 * taken into this report's history as it then stood; the comment names its unit.
		 */
		MERGED,

		/** Taken in from a progress table by the office, accepted as it stood. */
		IMPORTED

	}

	public ReportEvent {
		Require.present(reportId, "reportId");
		Require.present(kind, "kind");
		Require.present(at, "at");
		actor = Require.text(actor, "actor", 100);
		Require.present(content, "content");
	}

	/**
	 * The report of the unit named, folded into another's history by a merge of units.
	 */
	public static ReportEvent merged(Report folded, ReportId into, String unitName, Instant at, String actor) {
		return new ReportEvent(into, Kind.MERGED, at, actor, folded.content(), unitName);
	}

	public static ReportEvent of(Report report, Kind kind, Instant at, String actor) {
		return new ReportEvent(report.id(), kind, at, actor, report.content(),
				(kind == Kind.RETURNED) ? report.reviewComment() : null);
	}

}
