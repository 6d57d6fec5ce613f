package cn.laoling.ledger.web.report;

import java.time.LocalDateTime;
import java.util.List;

import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;

/** A task's reports over its periods, each with every submission and review. */
public record Timeline(List<Entry> entries) {

	public record Entry(Quarter period, String unit, ReportKind kind, ReportState state, List<Step> steps) {
	}

	/**
	 * A submission, return or acceptance at the office's local time.
	 *
	 * @param actor who did it, named as {@code PersonNames} names people
	 */
	public record Step(LocalDateTime at, ReportEvent.Kind kind, String actor, String progress, String comment) {
	}

}
