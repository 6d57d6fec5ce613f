package cn.laoling.ledger.web.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import cn.laoling.ledger.overview.Overview;
import cn.laoling.ledger.overview.StandingQuery;
import cn.laoling.ledger.overview.Standings;
import cn.laoling.ledger.overview.TaskState;
import cn.laoling.ledger.plan.PlanHead;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanStatus;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Quotas;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.report.ShareTable;
import cn.laoling.ledger.web.report.Shares;
import cn.laoling.ledger.web.security.Viewer;

/**
 * 总览: the plans in force (or one plan, a year, a unit) as a leader reads them, within
 * what the viewer may see: a liaison sees the overview of their own unit's tasks only. It
 * reads the kept standings ({@link StandingService}), judging again only the plans that
 * changed.
 */
@Service
public class OverviewService {

	private final Plans plans;

	private final StandingService standings;

	private final Standings kept;

	private final Units units;

	private final Clock clock;

	private final Quotas quotas;

	private final Tasks tasks;

	private final Shares shares;

	OverviewService(Plans plans, StandingService standings, Standings kept, Units units, Clock clock, Quotas quotas,
			Tasks tasks, Shares shares) {
		this.quotas = quotas;
		this.tasks = tasks;
		this.shares = shares;
		this.plans = plans;
		this.standings = standings;
		this.kept = kept;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * What the overview shows for the viewer and filter: the plans in view, judged again
	 * where they changed, and a key that stays the same while what is shown does.
	 */
	public Scope scope(Viewer viewer, OverviewFilter filter) {
		LocalDate today = LocalDate.now(this.clock);
		List<PlanHead> visible = this.plans.headsIn(viewer.regions())
			.stream()
			.filter((p) -> viewer.maySee(p.regionId(), p.status()))
			// a void plan is kept for the record only, never to be judged
			.filter((p) -> p.status() != PlanStatus.VOID)
			.toList();
		Optional<PlanHead> chosen = Optional.ofNullable(filter.plan())
			.map((id) -> visible.stream()
				.filter((p) -> p.id().value() == id)
				.findFirst()
				.orElseThrow(() -> new NotFoundException("plan", id)));
		List<PlanHead> inView = chosen.map(List::of)
			.orElseGet(() -> visible.stream()
				.filter((p) -> p.status().isWorkedOn())
				.filter((p) -> filter.year() == null || (p.period().start().getYear() <= filter.year()
						&& p.period().end().getYear() >= filter.year()))
				.toList());
		long generation = this.standings.current(inView.stream().map(PlanHead::id).toList(), today);
		String key = String.join("|", today.toString(), filter.toString(), viewer.sight(),
				visible.stream().map((p) -> p.id().value() + ":" + p.version()).toList().toString(),
				String.valueOf(generation));
		return new Scope(chosen, visible, inView, today, key);
	}

	/**
	 * @param key the same for every viewer and request that would be shown the same
	 */
	public record Scope(Optional<PlanHead> chosen, List<PlanHead> visible, List<PlanHead> inView, LocalDate day,
			String key) {
	}

	public OverviewPage overview(Viewer viewer, OverviewFilter filter, Scope scope) {
		LocalDate today = scope.day();
		List<PlanHead> visible = scope.visible();
		Optional<PlanHead> chosen = scope.chosen();
		List<PlanHead> inView = scope.inView();
		List<PlanId> planIds = inView.stream().map(PlanHead::id).toList();
		List<Set<UnitId>> involving = new ArrayList<>();
		Set<UnitId> involved = involved(viewer, filter);
		if (involved != null) {
			involving.add(involved);
		}
		if (viewer.isLiaison()) {
			involving.add(viewer.ownUnits());
		}
		StandingQuery query = new StandingQuery(planIds, involving, viewer.isLiaison() ? viewer.ownUnits() : null);
		List<TaskState> states = this.kept.find(query);
		Overview overview = Overview.of(today, states, this.kept.reporting(query));
		Set<UnitId> named = new HashSet<>();
		overview.leadUnits().forEach((u) -> named.add(u.unit()));
		states.forEach((s) -> named.addAll(s.task().leadUnits()));
		Map<UnitId, String> names = this.units.namesOf(named);
		Set<TaskId> splitIds = chosen.isEmpty() ? Set.of()
				: this.quotas.ofTasks(states.stream().map((s) -> s.task().id()).toList()).keySet();
		return new OverviewPage(filter,
				chosen.map((p) -> new OverviewPage.Option(p.id().value(), p.title())).orElse(null),
				visible.stream().map((p) -> new OverviewPage.Option(p.id().value(), p.title())).toList(),
				years(visible), unitOptions(viewer, chosen), overview, planLights(inView, states), names,
				chosen.map((plan) -> shares(viewer, plan, states, splitIds)).orElse(List.of()),
				chosen.isEmpty() ? 0 : (int) states.stream().filter((s) -> splitIds.contains(s.task().id())).count());
	}

	/**
	 * The split targets (指标分解) of the one plan shown, each unit on its own share; a
	 * liaison sees its own unit's shares.
	 */
	/**
	 * The split tasks the overview shows, in the plan's order; the others are counted.
	 * Each is read on its own (its parts of every period), so the page stays cheap
	 * however many tasks are split.
	 */
	static final int SPLIT_TASKS_SHOWN = 10;

	private List<OverviewPage.TaskShares> shares(Viewer viewer, PlanHead plan, List<TaskState> states,
			Set<TaskId> split) {
		List<OverviewPage.TaskShares> found = new ArrayList<>();
		for (TaskState state : states) {
			if (!split.contains(state.task().id()) || found.size() == SPLIT_TASKS_SHOWN) {
				continue;
			}
			List<ShareTable> tables = this.tasks.findById(state.task().id())
				.map((task) -> Shares.visibleTo(viewer, task, this.shares.today(task, plan.period())))
				.orElse(List.of());
			if (!tables.isEmpty()) {
				found
					.add(new OverviewPage.TaskShares(state.task().id().value(), state.task().number().value(), tables));
			}
		}
		return found;
	}

	private static List<OverviewPage.PlanLights> planLights(List<PlanHead> inView, List<TaskState> states) {
		Map<PlanId, Map<Light, Integer>> lights = new HashMap<>();
		states.forEach((s) -> lights.computeIfAbsent(s.task().plan(), (p) -> new EnumMap<>(Light.class))
			.merge(s.light(), 1, Integer::sum));
		return inView.stream()
			.map((p) -> new OverviewPage.PlanLights(p.id().value(), p.title(), lights.getOrDefault(p.id(), Map.of())))
			.toList();
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

	private static List<Integer> years(List<PlanHead> visible) {
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
	private List<OverviewPage.Option> unitOptions(Viewer viewer, Optional<PlanHead> chosen) {
		if (viewer.isLiaison()) {
			return List.of();
		}
		RegionId region = chosen.map(PlanHead::regionId).orElse(viewer.homeRegion());
		return this.units.findAllIn(List.of(region))
			.stream()
			.filter((u) -> !u.isGroup())
			.map((u) -> new OverviewPage.Option(u.id().value(), u.name().value()))
			.toList();
	}

}
