package cn.laoling.ledger.web.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.overview.Overview;
import cn.laoling.ledger.overview.TaskState;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanStatus;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Section;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.report.Assessment;
import cn.laoling.ledger.report.Completeness;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.plan.LedgerService;
import cn.laoling.ledger.web.security.Viewer;

/**
 * 总览: the plans in force (or one plan, a year, a unit) as a leader reads them, within
 * what the viewer may see: a liaison sees the overview of their own unit's tasks only.
 */
@Service
@Transactional(readOnly = true)
public class OverviewService {

	private final Plans plans;

	private final Tasks tasks;

	private final Reports reports;

	private final ReportingPeriods periods;

	private final Units units;

	private final LedgerService ledger;

	private final LightRules rules;

	private final Clock clock;

	OverviewService(Plans plans, Tasks tasks, Reports reports, ReportingPeriods periods, Units units,
			LedgerService ledger, LightRules rules, Clock clock) {
		this.plans = plans;
		this.tasks = tasks;
		this.reports = reports;
		this.periods = periods;
		this.units = units;
		this.ledger = ledger;
		this.rules = rules;
		this.clock = clock;
	}

	public OverviewPage overview(Viewer viewer, OverviewFilter filter) {
		LocalDate today = LocalDate.now(this.clock);
		List<Plan> visible = this.plans.findAllIn(viewer.regions());
		Optional<Plan> chosen = Optional.ofNullable(filter.plan())
			.map((id) -> this.ledger.visiblePlan(viewer, new PlanId(id)));
		List<Plan> inView = chosen.map(List::of)
			.orElseGet(() -> visible.stream()
				.filter((p) -> p.status() == PlanStatus.IN_FORCE)
				.filter((p) -> filter.year() == null || (p.period().start().getYear() <= filter.year()
						&& p.period().end().getYear() >= filter.year()))
				.toList());
		Set<UnitId> involved = involved(viewer, filter);
		List<TaskState> states = new ArrayList<>();
		List<Overview.UnitReporting> reporting = new ArrayList<>();
		List<OverviewPage.PlanLights> planLights = new ArrayList<>();
		for (Plan plan : inView) {
			List<Task> found = this.tasks.find(TaskQuery.all(plan.id()))
				.stream()
				.filter((t) -> involved == null || t.involves(involved))
				.filter((t) -> !viewer.isLiaison() || viewer.owns(t))
				.toList();
			Map<TaskId, Report> latest = this.reports.latestAccepted(found.stream().map(Task::id).toList());
			Map<Light, Integer> lights = new EnumMap<>(Light.class);
			for (Task task : found) {
				TaskState state = state(plan, task, latest.get(task.id()), today);
				states.add(state);
				lights.merge(state.light(), 1, Integer::sum);
			}
			planLights.add(new OverviewPage.PlanLights(plan.id().value(), plan.title(), lights));
			reporting.addAll(reporting(plan, found, today).stream()
				.filter((r) -> !viewer.isLiaison() || viewer.ownUnits().contains(r.unit()))
				.toList());
		}
		Overview overview = Overview.of(today, states, merged(reporting));
		Set<UnitId> named = new HashSet<>();
		overview.leadUnits().forEach((u) -> named.add(u.unit()));
		states.forEach((s) -> named.addAll(s.task().leadUnits()));
		Map<UnitId, String> names = new HashMap<>();
		this.units.findAllById(named).forEach((u) -> names.put(u.id(), u.name().value()));
		return new OverviewPage(filter,
				chosen.map((p) -> new OverviewPage.Option(p.id().value(), p.title())).orElse(null),
				visible.stream().map((p) -> new OverviewPage.Option(p.id().value(), p.title())).toList(),
				years(visible), unitOptions(viewer, chosen), overview, planLights, names);
	}

	private TaskState state(Plan plan, Task task, Report report, LocalDate today) {
		Assessment assessment = Assessment.of(task, report, plan.period(), today, this.rules);
		TaskStatus reported = (report == null) ? task.status() : report.content().status();
		boolean done = task.isClosedOut() || reported == TaskStatus.COMPLETED || task.status() == TaskStatus.COMPLETED;
		boolean overdue = !done && task.dueDeadline().isOverdueOn(today);
		String section = Optional.ofNullable(task.content().sectionId())
			.flatMap(plan::section)
			.map(Section::heading)
			.orElse("");
		return new TaskState(task, plan.title(), section,
				done && !task.isClosedOut() ? Light.GREEN : assessment.light(),
				(report == null && !done) ? null : assessment.standing(), done, overdue, assessment.targets(),
				(report == null || report.submittedAt() == null) ? null
						: report.submittedAt().atZone(this.clock.getZone()).toLocalDate());
	}

	/** 报送情况 of the plan's period running today (or its last), for the tasks in view. */
	private List<Overview.UnitReporting> reporting(Plan plan, List<Task> found, LocalDate today) {
		var all = this.periods.forPlan(plan.id());
		var current = all.stream()
			.filter((p) -> p.quarter().contains(today))
			.findFirst()
			.or(() -> all.stream().filter((p) -> !p.quarter().start().isAfter(today)).reduce((a, b) -> b));
		if (current.isEmpty() || found.isEmpty()) {
			return List.of();
		}
		Map<UnitId, Unit> known = this.ledger.unitsNamedIn(found);
		return Completeness
			.of(found, (id) -> Optional.ofNullable(known.get(id)), this.reports.inPeriod(current.get().id()),
					current.get().dueDate(), this.clock.getZone())
			.stream()
			.map((c) -> new Overview.UnitReporting(c.unit(), c.due(), c.onTime(), c.late()))
			.toList();
	}

	private static List<Overview.UnitReporting> merged(List<Overview.UnitReporting> all) {
		Map<UnitId, int[]> sums = new LinkedHashMap<>();
		all.forEach((r) -> {
			int[] sum = sums.computeIfAbsent(r.unit(), (u) -> new int[3]);
			sum[0] += r.due();
			sum[1] += r.onTime();
			sum[2] += r.late();
		});
		List<Overview.UnitReporting> result = new ArrayList<>();
		sums.forEach((unit, s) -> result.add(new Overview.UnitReporting(unit, s[0], s[1], s[2])));
		return result;
	}

	/**
	 * The unit chosen with the groups containing it; {@code null} when none was chosen.
	 */
	private Set<UnitId> involved(Viewer viewer, OverviewFilter filter) {
		if (filter.unit() == null) {
			return null;
		}
		Set<UnitId> involved = new HashSet<>();
		this.units.findById(new UnitId(filter.unit())).filter((u) -> viewer.canSee(u.regionId())).ifPresent((u) -> {
			involved.add(u.id());
			involved.addAll(this.units.groupsContaining(u.id()));
		});
		return involved;
	}

	private static List<Integer> years(List<Plan> visible) {
		TreeSet<Integer> years = new TreeSet<>();
		visible.forEach((p) -> {
			for (int y = p.period().start().getYear(); y <= p.period().end().getYear(); y++) {
				years.add(y);
			}
		});
		return List.copyOf(years.descendingSet());
	}

	/**
	 * The units to narrow to: those of the chosen plan's region, else of the viewer's own
	 * region (a province's leader narrows to a plan first, not among thousands of units).
	 */
	private List<OverviewPage.Option> unitOptions(Viewer viewer, Optional<Plan> chosen) {
		if (viewer.isLiaison()) {
			return List.of();
		}
		RegionId region = chosen.map(Plan::regionId).orElse(viewer.homeRegion());
		return this.units.findAllIn(List.of(region))
			.stream()
			.filter((u) -> !u.isGroup())
			.map((u) -> new OverviewPage.Option(u.id().value(), u.name().value()))
			.toList();
	}

}
