package cn.laoling.ledger.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.Require;

/**
 * 方案: an issued plan of one region, with its facts, status and ordered sections. Its
 * tasks are aggregates of their own ({@link Task}), so that two people can edit two tasks
 * at once.
 */
public final class Plan {

	private final PlanId id;

	private final RegionId regionId;

	private PlanFacts facts;

	private PlanStatus status;

	private final List<Section> sections;

	private final long version;

	public Plan(PlanId id, RegionId regionId, PlanFacts facts, PlanStatus status, List<Section> sections,
			long version) {
		this.id = id;
		this.regionId = Require.present(regionId, "regionId");
		this.facts = Require.present(facts, "facts");
		this.status = Require.present(status, "status");
		this.sections = new ArrayList<>(Require.present(sections, "sections"));
		this.version = version;
	}

	public static Plan draft(RegionId regionId, PlanFacts facts) {
		return new Plan(null, regionId, facts, PlanStatus.DRAFT, List.of(), 0);
	}

	public void revise(PlanFacts newFacts) {
		this.facts = Require.present(newFacts, "facts");
	}

	public void addSection(Section section) {
		Require.present(section, "section");
		this.sections.add(section);
	}

	/**
	 * Replaces the sections by the given headings, in order; the section at each position
	 * keeps its identity, so tasks filed under it stay there.
	 * @return the sections that were dropped
	 */
	public List<Section> reviseSections(List<Section> headings) {
		Require.present(headings, "sections");
		List<Section> revised = new ArrayList<>();
		for (int i = 0; i < headings.size(); i++) {
			SectionId kept = (i < this.sections.size()) ? this.sections.get(i).id() : null;
			revised.add(new Section(kept, headings.get(i).number(), headings.get(i).title()));
		}
		List<Section> dropped = new ArrayList<>(
				this.sections.subList(Math.min(headings.size(), this.sections.size()), this.sections.size()));
		this.sections.clear();
		this.sections.addAll(revised);
		return dropped;
	}

	/** A new task of this plan, built from its content. */
	public Task newTask(TaskContent content) {
		return Task.newIn(this, content);
	}

	public void putInForce() {
		if (this.status != PlanStatus.DRAFT) {
			throw new DomainRuleException("plan.status.illegal",
					"only a DRAFT plan can be put in force, this one is " + this.status);
		}
		this.status = PlanStatus.IN_FORCE;
	}

	public void close() {
		if (this.status != PlanStatus.IN_FORCE) {
			throw new DomainRuleException("plan.status.illegal",
					"only a plan IN_FORCE can be closed, this one is " + this.status);
		}
		this.status = PlanStatus.CLOSED;
	}

	/**
	 * 撤回: a plan put in force by mistake goes back to a draft while nothing was done on
	 * it; otherwise it is 作废, kept with its history.
	 * @param onRecord whether units worked on the plan or were told of it (a report
	 * submitted, a notice, a prompt, an extension request)
	 */
	public void withdraw(boolean onRecord) {
		if (this.status != PlanStatus.IN_FORCE) {
			throw new DomainRuleException("plan.notWithdrawable",
					"only a plan IN_FORCE can be withdrawn, this one is " + this.status);
		}
		this.status = onRecord ? PlanStatus.VOID : PlanStatus.DRAFT;
	}

	/** Only a draft may be deleted, with its tasks. */
	public void requireDeletable() {
		if (this.status != PlanStatus.DRAFT) {
			throw new DomainRuleException("plan.notDeletable",
					"only a DRAFT plan can be deleted, this one is " + this.status);
		}
	}

	/**
	 * Moves the plan to the given status along the allowed path DRAFT → IN_FORCE →
	 * CLOSED; going back is {@link #withdraw}.
	 */
	public void changeStatus(PlanStatus target) {
		Require.present(target, "status");
		if (target == this.status) {
			return;
		}
		switch (target) {
			case IN_FORCE -> putInForce();
			case CLOSED -> close();
			case DRAFT, VOID -> throw new DomainRuleException("plan.status.illegal",
					"a plan cannot be set " + target + ", this one is " + this.status);
		}
	}

	public Optional<Section> section(SectionId sectionId) {
		return this.sections.stream().filter((s) -> sectionId.equals(s.id())).findFirst();
	}

	public PlanId id() {
		return this.id;
	}

	public RegionId regionId() {
		return this.regionId;
	}

	public PlanFacts facts() {
		return this.facts;
	}

	public String title() {
		return this.facts.title();
	}

	public PlanPeriod period() {
		return this.facts.period();
	}

	public PlanStatus status() {
		return this.status;
	}

	public List<Section> sections() {
		return Collections.unmodifiableList(this.sections);
	}

	public long version() {
		return this.version;
	}

}
