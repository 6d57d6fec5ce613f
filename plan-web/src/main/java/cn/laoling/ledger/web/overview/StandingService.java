package cn.laoling.ledger.web.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.laoling.ledger.overview.Standings;
import cn.laoling.ledger.overview.TaskStanding;
import cn.laoling.ledger.overview.TaskState;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanHead;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Completeness;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.web.plan.LedgerService;

/**
 * Keeps the overview's standings current: a plan's tasks are judged again, in a
 * transaction of their own, when the plan has changed since they were kept or the day has
 * moved.
 */
@Service
public class StandingService {

	private final Standings standings;

	private final Plans plans;

	private final Regions regions;

	private final Tasks tasks;

	private final Reports reports;

	private final ReportingPeriods periods;

	private final LedgerService ledger;

	private final LightRules rules;

	private final Clock clock;

	private final TransactionTemplate transaction;

	StandingService(Standings standings, Plans plans, Regions regions, Tasks tasks, Reports reports,
			ReportingPeriods periods, LedgerService ledger, LightRules rules, Clock clock,
			PlatformTransactionManager transactions) {
		this.standings = standings;
		this.plans = plans;
		this.regions = regions;
		this.tasks = tasks;
		this.reports = reports;
		this.periods = periods;
		this.ledger = ledger;
		this.rules = rules;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Judges again those of the plans whose kept standing is not current on the day. */
	public void refresh(Collection<PlanId> inView, LocalDate day) {
		for (PlanId plan : this.standings.stale(inView, day, rulesKey())) {
			this.transaction.executeWithoutResult((status) -> keep(plan, day));
		}
	}

	/**
	 * Judges again those of the plans that are stale, and returns the generation of their
	 * kept standings: what a page shows of these plans is current while it is the same.
	 */
	public long current(Collection<PlanId> inView, LocalDate day) {
		OptionalLong current = this.standings.generationIfCurrent(inView, day, rulesKey());
		if (current.isPresent()) {
			return current.getAsLong();
		}
		refresh(inView, day);
		return this.standings.generation(inView);
	}

	/**
	 * Judges every plan in force again for the day (the 序时 of every task has moved);
	 * returns how many plans were judged.
	 */
	public int refreshInForce(LocalDate day) {
		this.standings.prune();
		List<PlanId> inForce = this.plans.headsIn(this.regions.findAll().stream().map(Region::id).toList())
			.stream()
			.filter((p) -> p.status().isWorkedOn())
			.map(PlanHead::id)
			.toList();
		List<PlanId> stale = this.standings.stale(inForce, day, rulesKey());
		refresh(stale, day);
		return stale.size();
	}

	private void keep(PlanId id, LocalDate day) {
		List<Long> claimed = this.standings.claim(id);
		Optional<Plan> found = this.plans.findById(id);
		if (found.isEmpty()) {
			return;
		}
		Plan plan = found.get();
		List<Task> all = this.tasks.find(TaskQuery.all(id));
		Map<TaskId, Report> latest = this.reports.latestAccepted(all.stream().map(Task::id).toList());
		Optional<ReportingPeriod> running = ReportingPeriod.onDay(this.periods.forPlan(id), plan.period(), day);
		List<Report> inPeriod = running.map((p) -> this.reports.inPeriod(p.id())).orElse(List.of());
		Map<UnitId, Unit> known = this.ledger.unitsNamedIn(all);
		List<TaskStanding> kept = new ArrayList<>();
		for (Task task : all) {
			TaskState state = TaskState.judge(plan, task, latest.get(task.id()),
					running.map(ReportingPeriod::id).orElse(null), day, this.rules, this.clock.getZone());
			List<UnitId> named = new ArrayList<>(task.leadUnits());
			named.addAll(task.responsibleUnits());
			List<Completeness.Owed> owed = running
				.map((p) -> Completeness.owed(task, (u) -> Optional.ofNullable(known.get(u)), inPeriod, p.dueDate(),
						this.clock.getZone()))
				.orElse(List.of());
			kept.add(new TaskStanding(state, task.content().position(), named, owed));
		}
		this.standings.replace(id, day, rulesKey(), kept, claimed);
	}

	/**
	 * The light thresholds a standing was judged by, and the version of the rule judging
	 * it ({@code PeriodStanding}): another setting, or a later rule, judges anew.
	 */
	private String rulesKey() {
		return this.rules.yellowFrom() + "/" + this.rules.redFrom() + "/" + this.rules.aheadFrom() + "/period";
	}

}
