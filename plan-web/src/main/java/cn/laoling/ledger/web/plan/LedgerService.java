package cn.laoling.ledger.web.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Section;
import cn.laoling.ledger.plan.SectionId;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.region.RegionTree;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.report.StandingCounts;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.plan.LedgerView.LedgerSection;
import cn.laoling.ledger.web.plan.LedgerView.UnitOption;
import cn.laoling.ledger.web.security.Viewer;

/** Reads plans and their ledgers for a viewer, within what the viewer may see. */
@Service
@Transactional(readOnly = true)
public class LedgerService {

	private final Plans plans;

	private final Tasks tasks;

	private final Units units;

	private final Regions regions;

	private final TaskRows rows;

	LedgerService(Plans plans, Tasks tasks, Units units, Regions regions, TaskRows rows) {
		this.plans = plans;
		this.tasks = tasks;
		this.units = units;
		this.regions = regions;
		this.rows = rows;
	}

	public List<PlanSummary> plansFor(Viewer viewer) {
		List<Plan> visible = this.plans.findAllIn(viewer.regions())
			.stream()
			.filter((p) -> viewer.maySee(p.regionId(), p.status()))
			.toList();
		Map<PlanId, Long> counts = this.tasks.countByPlan(visible.stream().map(Plan::id).toList());
		RegionTree tree = this.regions.tree();
		return visible.stream()
			.map((p) -> PlanSummary.of(p, counts.getOrDefault(p.id(), 0L), tree.nameOf(p.regionId())))
			.toList();
	}

	/** The plan, if the viewer may see it; otherwise it does not exist for them. */
	/**
	 * The task, if the viewer may open it and see its plan; otherwise it does not exist
	 * for them.
	 */
	public Task visibleTask(Viewer viewer, TaskId id) {
		Task task = this.tasks.findById(id)
			.filter(viewer::mayOpen)
			.orElseThrow(() -> new NotFoundException("task", id.value()));
		visiblePlan(viewer, task.planId());
		return task;
	}

	public Plan visiblePlan(Viewer viewer, PlanId id) {
		return this.plans.findById(id)
			.filter((p) -> viewer.maySee(p.regionId(), p.status()))
			.orElseThrow(() -> new NotFoundException("plan", id.value()));
	}

	/**
	 * The plan, if it is of the viewer's own region: what the office there may change.
	 */
	public Plan ownPlan(Viewer viewer, PlanId id) {
		Plan plan = visiblePlan(viewer, id);
		if (!plan.regionId().equals(viewer.homeRegion())) {
			throw new NotFoundException("plan", id.value());
		}
		return plan;
	}

	/** The units the tasks name, and the members of the groups among them, by id. */
	public Map<UnitId, Unit> unitsNamedIn(Collection<Task> named) {
		Set<UnitId> ids = new HashSet<>();
		named.forEach((t) -> {
			ids.addAll(t.leadUnits());
			ids.addAll(t.responsibleUnits());
		});
		Map<UnitId, Unit> known = new HashMap<>();
		this.units.findAllById(ids).forEach((u) -> known.put(u.id(), u));
		Set<UnitId> members = new HashSet<>();
		known.values().forEach((u) -> members.addAll(u.members()));
		this.units.findAllById(members).forEach((u) -> known.put(u.id(), u));
		return known;
	}

	public PlanSummary summary(Viewer viewer, PlanId id) {
		return summaryOf(visiblePlan(viewer, id));
	}

	/** The summary of a plan the caller has already checked the viewer may see. */
	public PlanSummary summaryOf(Plan plan) {
		long count = this.tasks.countByPlan(List.of(plan.id())).getOrDefault(plan.id(), 0L);
		return PlanSummary.of(plan, count, this.regions.tree().nameOf(plan.regionId()));
	}

	public LedgerView ledger(Viewer viewer, PlanId id, LedgerFilter filter) {
		Plan plan = visiblePlan(viewer, id);
		Set<UnitId> involved = new HashSet<>();
		Optional.ofNullable(filter.unit())
			.map(UnitId::new)
			.flatMap(this.units::findById)
			.filter((u) -> u.regionId().equals(plan.regionId()))
			.ifPresent((u) -> {
				involved.add(u.id());
				involved.addAll(this.units.groupsContaining(u.id()));
			});
		boolean mine = filter.mine() || viewer.isLiaison();
		if (mine && involved.isEmpty()) {
			involved.addAll(viewer.ownUnits());
		}
		boolean noMatchPossible = mine && viewer.ownUnits().isEmpty();
		List<Task> found = noMatchPossible ? List.of() : this.tasks
			.find(new TaskQuery(id, involved, Optional.ofNullable(filter.status()), Optional.ofNullable(filter.q())))
			.stream()
			.filter((t) -> !mine || viewer.owns(t))
			.toList();
		List<TaskRow> taskRows = this.rows.of(found, viewer);
		if (filter.light() != null) {
			List<Task> lit = new ArrayList<>();
			List<TaskRow> litRows = new ArrayList<>();
			for (int i = 0; i < found.size(); i++) {
				if (taskRows.get(i).progress().light() == filter.light()) {
					lit.add(found.get(i));
					litRows.add(taskRows.get(i));
				}
			}
			found = lit;
			taskRows = litRows;
		}
		List<UnitOption> unitOptions = this.units.namesIn(plan.regionId())
			.entrySet()
			.stream()
			.map((u) -> new UnitOption(u.getKey().value(), u.getValue()))
			.toList();
		return new LedgerView(summaryOf(plan), group(plan, found, taskRows), taskRows.size(),
				StandingCounts.of(taskRows.stream().map(TaskRow::progress).toList()), unitOptions);
	}

	private static List<LedgerSection> group(Plan plan, List<Task> found, List<TaskRow> taskRows) {
		Map<SectionId, List<TaskRow>> bySection = new LinkedHashMap<>();
		List<TaskRow> unsectioned = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			SectionId section = found.get(i).content().sectionId();
			if (section == null) {
				unsectioned.add(taskRows.get(i));
			}
			else {
				bySection.computeIfAbsent(section, (s) -> new ArrayList<>()).add(taskRows.get(i));
			}
		}
		List<LedgerSection> sections = new ArrayList<>();
		if (!unsectioned.isEmpty()) {
			sections.add(new LedgerSection("", unsectioned));
		}
		for (Section section : plan.sections()) {
			List<TaskRow> rowsOfSection = bySection.get(section.id());
			if (rowsOfSection != null) {
				sections.add(new LedgerSection(section.heading(), rowsOfSection));
			}
		}
		return sections;
	}

	public List<Unit> unitsOf(Plan plan) {
		return this.units.findAllIn(List.of(plan.regionId()));
	}

}
