package cn.laoling.ledger.web.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Quota;
import cn.laoling.ledger.plan.Quotas;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.report.Consolidation;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportDuty;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.report.ShareProgress;
import cn.laoling.ledger.unit.Groups;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.plan.LedgerService;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.TargetText;

/**
 * 指标分解 as the pages show it: the splits of a task's targets that apply, and each split
 * target's table judged today on the parts submitted in the period.
 */
@Component
public class Shares {

	private final Quotas quotas;

	private final Units units;

	private final TargetText targetText;

	private final LightRules rules;

	private final Clock clock;

	private final ReportingPeriods periods;

	private final Reports reports;

	private final LedgerService ledger;

	Shares(Quotas quotas, Units units, TargetText targetText, LightRules rules, Clock clock, ReportingPeriods periods,
			Reports reports, LedgerService ledger) {
		this.ledger = ledger;
		this.periods = periods;
		this.reports = reports;
		this.quotas = quotas;
		this.units = units;
		this.targetText = targetText;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * What the viewer may see of the tables: the office, leaders and the lead unit every
	 * share with the totals; another unit its own share only.
	 */
	public static List<ShareTable> visibleTo(Viewer viewer, Task task, List<ShareTable> tables) {
		if (!viewer.isLiaison() || viewer.ownUnits().contains(task.leadUnits().get(0))) {
			return tables;
		}
		return ShareTable.ownedBy(tables, viewer.ownUnits());
	}

	/**
	 * 指标分解 follows a task whose targets or units were rewritten (and saved): a split
	 * moves with its target and keeps only the units still reporting a part.
	 * @return whether a split changed
	 */
	public boolean follow(Task task, List<Target> targetsBefore) {
		List<TargetSplit> splits = this.quotas.of(task.id());
		if (splits.isEmpty()) {
			return false;
		}
		List<TargetSplit> following = TargetSplit.following(splits, targetsBefore, task.targets(), sharing(task));
		if (following.equals(splits)) {
			return false;
		}
		this.quotas.keepOnly(task.id(), following);
		return true;
	}

	/**
	 * The units a target of the task can be split among: those that report a part of it
	 * ({@link ReportDuty#sharing}).
	 */
	public List<UnitId> sharing(Task task) {
		return ReportDuty.sharing(task, Groups.known(this.ledger.unitsNamedIn(List.of(task)).values()));
	}

	/** The splits of the task's targets that apply to its targets now. */
	public List<TargetSplit> of(Task task) {
		return TargetSplit.applying(this.quotas.of(task.id()), task.targets());
	}

	/** The splits that apply of each of the tasks that has any. */
	public Map<TaskId, List<TargetSplit>> of(Collection<Task> tasks) {
		Map<TaskId, List<TargetSplit>> all = this.quotas.ofTasks(tasks.stream().map(Task::id).toList());
		Map<TaskId, List<TargetSplit>> applying = new LinkedHashMap<>();
		for (Task task : tasks) {
			List<TargetSplit> splits = TargetSplit.applying(all.getOrDefault(task.id(), List.of()), task.targets());
			if (!splits.isEmpty()) {
				applying.put(task.id(), splits);
			}
		}
		return applying;
	}

	/**
	 * Each unit's latest part up to the period, submitted or accepted: a figure is
	 * cumulative, so a unit that has not reported yet this period still counts with what
	 * it reported before, and the sum of a split target does not drop at the start of a
	 * quarter.
	 */
	public Map<UnitId, ReportContent> latestParts(Task task, ReportingPeriodId period) {
		Map<ReportingPeriodId, Quarter> quarters = new HashMap<>();
		this.periods.forPlan(task.planId()).forEach((p) -> quarters.put(p.id(), p.quarter()));
		Quarter upTo = quarters.get(period);
		Map<UnitId, Report> latest = new LinkedHashMap<>();
		for (Report report : this.reports.ofTask(task.id())) {
			Quarter quarter = quarters.get(report.periodId());
			if (report.kind() != ReportKind.PART || report.isEditable() || quarter == null
					|| (upTo != null && quarter.compareTo(upTo) > 0)) {
				continue;
			}
			Report kept = latest.get(report.unitId());
			if (kept == null || quarters.get(kept.periodId()).compareTo(quarter) < 0) {
				latest.put(report.unitId(), report);
			}
		}
		Map<UnitId, ReportContent> parts = new LinkedHashMap<>();
		latest.forEach((unit, report) -> parts.put(unit, report.content()));
		return parts;
	}

	/**
	 * The task's split targets judged today on each unit's latest part up to the period
	 * its plan is in (none before the plan starts).
	 */
	public List<ShareTable> today(Task task, PlanPeriod plan) {
		List<TargetSplit> splits = of(task);
		if (splits.isEmpty()) {
			return List.of();
		}
		Map<UnitId, ReportContent> parts = ReportingPeriod
			.onDay(this.periods.forPlan(task.planId()), plan, LocalDate.now(this.clock))
			.map((period) -> latestParts(task, period.id()))
			.orElse(Map.of());
		return tables(task, plan, splits, parts, LocalDate.now(this.clock));
	}

	/**
	 * The task's split targets, each unit judged on the day on its latest part
	 * ({@link #latestParts}): a notice judges a period that has ended on its last day.
	 */
	public List<ShareTable> tables(Task task, PlanPeriod plan, List<TargetSplit> splits,
			Map<UnitId, ReportContent> parts, LocalDate today) {
		if (splits.isEmpty()) {
			return List.of();
		}
		Map<UnitId, String> names = this.units
			.namesOf(splits.stream().flatMap((s) -> s.quotas().stream()).map(Quota::unit).collect(Collectors.toSet()));
		List<ShareTable> tables = new ArrayList<>();
		for (TargetSplit split : splits) {
			Target target = task.targets().get(split.target());
			List<ShareTable.Row> rows = new ArrayList<>();
			for (Quota quota : split.quotas()) {
				ReportContent part = parts.get(quota.unit());
				BigDecimal reported = (part == null) ? null : part.figure(split.target()).amount();
				ShareProgress share = ShareProgress.of(target, split, quota.unit(), reported, plan, task.dueDeadline(),
						today, this.rules);
				rows.add(new ShareTable.Row(quota.unit().value(), names.get(quota.unit()), quota.amount(), reported,
						share.expected(), share.standing(), share.light(), share.isBehind()));
			}
			tables.add(new ShareTable(split.target(), this.targetText.of(target), target.measure().symbol(),
					target.value().goal(), split.total(), split.shortfall(target),
					Consolidation.sum(task.targets(), splits, parts).get(split.target()).amount(), rows, true));
		}
		return tables;
	}

}
