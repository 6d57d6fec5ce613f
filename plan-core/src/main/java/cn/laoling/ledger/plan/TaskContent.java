package cn.laoling.ledger.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.Require;
import cn.laoling.ledger.unit.UnitId;

/**
 * What a task says: its number and place, its text, who leads and who is responsible, its
 * targets and deadlines. An empty list of deadlines means the plan's period end applies.
 *
 * @param sectionId the section it is listed under, or {@code null} for a plan without
 * sections
 */
public record TaskContent(TaskNumber number, int position, SectionId sectionId, String text, List<UnitId> leadUnits,
		List<UnitId> responsibleUnits, List<Target> targets, List<Deadline> deadlines) {

	public static final int MAX_TEXT = 4000;

	public TaskContent {
		Require.present(number, "task number");
		if (position < 0) {
			throw new IllegalArgumentException("task position must not be negative, was " + position);
		}
		text = Require.text(text, "task text", MAX_TEXT);
		leadUnits = List.copyOf(Require.present(leadUnits, "lead units"));
		responsibleUnits = List.copyOf(Require.present(responsibleUnits, "responsible units"));
		targets = List.copyOf(Require.present(targets, "targets"));
		deadlines = List.copyOf(Require.present(deadlines, "deadlines"));
		if (leadUnits.isEmpty()) {
			throw new DomainRuleException("task.leadUnits.required", "a task needs at least one lead unit");
		}
		if (new HashSet<>(leadUnits).size() != leadUnits.size()) {
			throw new DomainRuleException("task.leadUnits.duplicate", "a lead unit is named twice: " + leadUnits);
		}
		if (new HashSet<>(responsibleUnits).size() != responsibleUnits.size()) {
			throw new DomainRuleException("task.responsibleUnits.duplicate",
					"a responsible unit is named twice: " + responsibleUnits);
		}
	}

	/**
	 * With the merged unit's place taken by the unit it was merged into: a task that
	 * named both names the kept unit once, at the first of their places (lead units
	 * before responsible ones).
	 */
	TaskContent withUnitMerged(UnitId merged, UnitId kept) {
		List<UnitId> named = new ArrayList<>(this.leadUnits);
		named.addAll(this.responsibleUnits);
		named.replaceAll((unit) -> unit.equals(merged) ? kept : unit);
		int first = named.indexOf(kept);
		List<UnitId> lead = new ArrayList<>();
		List<UnitId> responsible = new ArrayList<>();
		for (int i = 0; i < named.size(); i++) {
			if (i == first || !named.get(i).equals(kept)) {
				((i < this.leadUnits.size()) ? lead : responsible).add(named.get(i));
			}
		}
		return new TaskContent(this.number, this.position, this.sectionId, this.text, lead, responsible, this.targets,
				this.deadlines);
	}

	/**
	 * With its implied deadline moved to the period's end; written deadlines stay as
	 * written.
	 */
	TaskContent withImpliedDeadlineOf(PlanPeriod period) {
		if (this.deadlines.stream().noneMatch(Deadline::implied)) {
			return this;
		}
		return new TaskContent(this.number, this.position, this.sectionId, this.text, this.leadUnits,
				this.responsibleUnits, this.targets, List.of(Deadline.impliedBy(period)));
	}

	TaskContent withDeadlinesFrom(PlanPeriod period) {
		if (!this.deadlines.isEmpty()) {
			return this;
		}
		return new TaskContent(this.number, this.position, this.sectionId, this.text, this.leadUnits,
				this.responsibleUnits, this.targets, List.of(Deadline.impliedBy(period)));
	}

}
