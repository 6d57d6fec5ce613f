package cn.laoling.ledger.web.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.plan.PlanHead;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Quotas;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.PeriodStanding;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.TargetText;
import cn.laoling.ledger.shared.NumberText;

/**
 * Turns tasks into ledger rows: unit names looked up once, targets written out, today's
 * state.
 */
@Component
public class TaskRows {

	private final Units units;

	private final TargetText targetText;

	private final Clock clock;

	private final Plans plans;

	private final Reports reports;

	private final ReportingPeriods periods;

	private final LightRules rules;

	private final Quotas quotas;

	private final MessageSource messages;

	TaskRows(Units units, TargetText targetText, Clock clock, Plans plans, Reports reports, ReportingPeriods periods,
			LightRules rules, Quotas quotas, MessageSource messages) {
		this.quotas = quotas;
		this.messages = messages;
		this.rules = rules;
		this.units = units;
		this.targetText = targetText;
		this.clock = clock;
		this.plans = plans;
		this.reports = reports;
		this.periods = periods;
	}

	public List<TaskRow> of(Collection<Task> tasks, Viewer viewer) {
		Set<UnitId> ids = new HashSet<>();
		tasks.forEach((t) -> {
			ids.addAll(t.leadUnits());
			ids.addAll(t.responsibleUnits());
		});
		Map<UnitId, String> names = this.units.namesOf(ids);
		LocalDate today = LocalDate.now(this.clock);
		Map<TaskId, Report> accepted = this.reports.latestAccepted(tasks.stream().map(Task::id).toList());
		Map<PlanId, PlanPeriod> periodOf = new HashMap<>();
		tasks.forEach((t) -> periodOf.computeIfAbsent(t.planId(),
				(id) -> this.plans.headOf(id).map(PlanHead::period).orElseThrow()));
		Map<PlanId, Optional<ReportingPeriodId>> judgedIn = new HashMap<>();
		Map<ReportingPeriodId, Quarter> quarters = new HashMap<>();
		periodOf.forEach((plan, period) -> {
			List<ReportingPeriod> all = this.periods.forPlan(plan);
			all.forEach((p) -> quarters.put(p.id(), p.quarter()));
			judgedIn.put(plan, ReportingPeriod.onDay(all, period, today).map(ReportingPeriod::id));
		});
		accepted.values()
			.forEach((r) -> quarters.computeIfAbsent(r.periodId(),
					(id) -> this.periods.findById(id).map(ReportingPeriod::quarter).orElseThrow()));
		Map<TaskId, List<TargetSplit>> splits = this.quotas.ofTasks(tasks.stream().map(Task::id).toList());
		return tasks.stream()
			.map((t) -> row(t, viewer, names::get,
					progress(t, accepted.get(t.id()), judgedIn.get(t.planId()).orElse(null), periodOf.get(t.planId()),
							quarters, today),
					splits.getOrDefault(t.id(), List.of())))
			.toList();
	}

	public TaskRow of(Task task, Viewer viewer) {
		return of(List.of(task), viewer).get(0);
	}

	/**
	 * The task in the period its plan is in today ({@link PeriodStanding}), with what its
	 * latest accepted report said.
	 */
	private RowProgress progress(Task task, Report report, ReportingPeriodId judgedIn, PlanPeriod period,
			Map<ReportingPeriodId, Quarter> quarters, LocalDate today) {
		PeriodStanding standing = PeriodStanding.of(task, report, judgedIn, period, today, this.rules);
		if (report == null) {
			return new RowProgress(standing.light(), standing.standing(), standing.overdue(), null, null, List.of(),
					null, null);
		}
		List<String> completion = new ArrayList<>();
		for (int i = 0; i < task.targets().size(); i++) {
			BigDecimal actual = report.content().figure(i).amount();
			if (actual != null) {
				Target target = task.targets().get(i);
				completion.add(
						NumberText.of(actual) + "/" + NumberText.of(target.value().goal()) + target.measure().symbol());
			}
		}
		ReportContent content = report.content();
		return new RowProgress(standing.light(), standing.standing(), standing.overdue(),
				quarters.get(report.periodId()), content.progress(), completion, content.problems(),
				content.nextSteps());
	}

	/** The extension in force, if one takes the task beyond its written deadline. */
	private static LocalDate extendedTo(Task task) {
		LocalDate due = task.dueDeadline().date();
		return due.equals(task.finalDeadline().date()) ? null : due;
	}

	private TaskRow row(Task task, Viewer viewer, Function<UnitId, String> name, RowProgress progress,
			List<TargetSplit> splits) {
		return new TaskRow(task.id().value(), task.number().value(), task.text(),
				task.targets().stream().map(this.targetText::of).toList(), task.leadUnits().stream().map(name).toList(),
				task.responsibleUnits().stream().map(name).toList(), task.deadlines(), extendedTo(task), task.status(),
				viewer.owns(task), progress.overdue(), task.version(), progress, splitNotes(task, splits));
	}

	/** For each target, how it is split among units: how many, and whether it adds up. */
	private List<String> splitNotes(Task task, List<TargetSplit> all) {
		List<TargetSplit> applying = TargetSplit.applying(all, task.targets());
		List<String> notes = new ArrayList<>();
		for (int i = 0; i < task.targets().size(); i++) {
			Target target = task.targets().get(i);
			notes.add(TargetSplit.of(applying, i).map((split) -> {
				BigDecimal gap = split.shortfall(target);
				return (gap.signum() == 0) ? message("quota.ledger", split.quotas().size())
						: message("quota.ledger.gap", split.quotas().size(),
								NumberText.of(split.total()) + target.measure().symbol());
			}).orElse(""));
		}
		return notes;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
