package cn.laoling.ledger.web.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.PlanStatus;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.unit.UnitKind;

/** The shapes of the demo files in {@code seeds/demo/}. */
final class DemoFiles {

	private DemoFiles() {
	}

	record UnitsFile(List<RegionEntry> regions, List<UnitEntry> units) {
	}

	record RegionEntry(String name, String parent) {
	}

	record UnitEntry(String region, String name, UnitKind kind, List<String> aliases, List<String> members) {
	}

	record PlanFile(String region, String title, String documentNumber, String issuer, LocalDate issueDate,
			LocalDate periodStart, LocalDate periodEnd, PlanStatus status, List<SectionEntry> sections,
			List<TaskEntry> tasks) {
	}

	record SectionEntry(String number, String title) {
	}

	record TaskEntry(String number, String section, String text, List<String> lead, List<String> responsible,
			List<TargetEntry> targets, List<DeadlineEntry> deadlines, List<QuotaEntry> quotas, List<YearsEntry> years) {
	}

	/**
	 * 年度分解 of one of a task's targets: each year's share, and what a closed year carried
	 * into a later one (结转).
	 */
	record YearsEntry(int target, LinkedHashMap<Integer, BigDecimal> shares, Map<Integer, BigDecimal> carried) {
	}

	/** 指标分解 of one of a task's targets: each unit's share, in order. */
	record QuotaEntry(int target, LinkedHashMap<String, BigDecimal> shares) {
	}

	record TargetEntry(BigDecimal low, BigDecimal high, String measure, String counted, Comparator comparator,
			Recurrence recurrence) {
	}

	record DeadlineEntry(LocalDate date, String wording) {
	}

	/**
	 * The demo's live quarter: a plan in force on the day it is loaded and its reports.
	 */
	record LiveFile(String note, PlanFile plan, List<LiveReport> reports, List<String> closedOut, LiveNotice notice) {
	}

	/**
	 * A report of the live quarter.
	 *
	 * @param period {@code current} or {@code previous}
	 * @param behind points behind 序时 its figure stands, on the day or at the end of the
	 * previous quarter (negative: ahead)
	 * @param late whether it came after the period's due date (previous quarter only)
	 */
	record LiveReport(String task, String period, String unit, ReportKind kind, ReportState state, int behind,
			TaskStatus status, String progress, String problems, String nextSteps, String comment, Boolean late) {
	}

	record LiveNotice(String period) {
	}

	record AccountsFile(String password, List<AccountEntry> accounts) {
	}

	record AccountEntry(String username, String displayName, Role role, String region, String unit,
			LiaisonPosition position) {
	}

}
