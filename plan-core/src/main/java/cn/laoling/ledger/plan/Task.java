package cn.laoling.ledger.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.Require;
import cn.laoling.ledger.unit.UnitId;

/**
 * 任务: one numbered task of a plan, with its lead and responsible units, targets,
 * deadlines and status.
 */
public final class Task {

	private final TaskId id;

	private final PlanId planId;

	private TaskContent content;

	private TaskStatus status;

	private boolean closedOut;

	private LocalDate extendedTo;

	private final List<TargetYears> years = new ArrayList<>();

	private final long version;

	public Task(TaskId id, PlanId planId, TaskContent content, TaskStatus status, long version) {
		this(id, planId, content, status, false, null, version);
	}

	/**
	 * @param closedOut whether the office has closed the task as done (销号)
	 * @param extendedTo the date the office extended the task to (延期), or {@code null}
	 */
	public Task(TaskId id, PlanId planId, TaskContent content, TaskStatus status, boolean closedOut,
			LocalDate extendedTo, long version) {
		this.id = id;
		this.planId = Require.present(planId, "planId");
		this.content = Require.present(content, "content");
		this.status = Require.present(status, "status");
		this.closedOut = closedOut;
		this.extendedTo = extendedTo;
		this.version = version;
		if (content.deadlines().isEmpty()) {
			throw new IllegalArgumentException("a saved task has at least one deadline (implied or written)");
		}
	}

	/**
	 * A new task of the plan, not started; without a written deadline it takes the period
	 * end.
	 */
	static Task newIn(Plan plan, TaskContent content) {
		checkSectionOf(plan, content);
		return new Task(null, plan.id(), content.withDeadlinesFrom(plan.period()), TaskStatus.NOT_STARTED, 0);
	}

	/**
	 * Rewrites the task: text, units, targets, deadlines, number and section. A target
	 * divided by year stays divided where the revised task still has it (the same thing
	 * counted in the same measure), wherever it moved to.
	 */
	public void revise(Plan plan, TaskContent newContent) {
		if (!plan.id().equals(this.planId)) {
			throw new IllegalArgumentException(
					"task " + this.id + " belongs to plan " + this.planId + ", not to plan " + plan.id());
		}
		checkSectionOf(plan, newContent);
		List<Target> before = this.content.targets();
		this.content = newContent.withDeadlinesFrom(plan.period());
		List<TargetYears> kept = new ArrayList<>();
		for (TargetYears divided : this.years) {
			int moved = TargetSplit.movedTo(before, divided.target(), this.content.targets());
			if (moved >= 0) {
				kept.add(new TargetYears(moved, divided.years()));
			}
		}
		this.years.clear();
		kept.forEach(this::divideByYear);
	}

	/**
	 * Names the unit the merged one was merged into wherever it named the merged one
	 * (合并单位), once.
	 */
	public void mergeUnit(UnitId merged, UnitId kept) {
		this.content = this.content.withUnitMerged(merged, kept);
	}

	/**
	 * Follows a change of its plan's period: a task without a written deadline is due at
	 * the new period end.
	 * @return whether the task changed
	 */
	public boolean followPeriodOf(Plan plan) {
		TaskContent followed = this.content.withImpliedDeadlineOf(plan.period());
		boolean changed = !followed.equals(this.content);
		this.content = followed;
		return changed;
	}

	/** 销号: the office closes the task as done; the caller has checked its evidence. */
	public void closeOut() {
		if (this.closedOut) {
			throw new DomainRuleException("task.alreadyClosedOut", "task " + this.id + " is already closed out");
		}
		this.closedOut = true;
		this.status = TaskStatus.COMPLETED;
	}

	/** Opens a closed-out task again; the caller records who did it and why. */
	public void reopen() {
		if (!this.closedOut) {
			throw new DomainRuleException("task.notClosedOut", "task " + this.id + " is not closed out");
		}
		this.closedOut = false;
		this.status = TaskStatus.IN_PROGRESS;
	}

	/**
	 * 延期: the task is due on a later day than its plan says; the office has granted it.
	 */
	public void extendTo(LocalDate date) {
		if (!date.isAfter(dueDeadline().date())) {
			throw new DomainRuleException("extension.date.notLater",
					"task " + this.id + " is due " + dueDeadline().date() + ", not before " + date);
		}
		this.extendedTo = date;
	}

	/**
	 * 年度分解: divides one of the task's targets by year (no shares: not divided any more),
	 * as {@link TargetYears#of} checked it.
	 */
	public void divideByYear(TargetYears divided) {
		this.years.removeIf((y) -> y.target() == divided.target());
		if (!divided.years().isEmpty()) {
			this.years.add(divided);
			this.years.sort(Comparator.comparingInt(TargetYears::target));
		}
	}

	/** The targets divided by year, those that still apply to the task's targets. */
	public List<TargetYears> years() {
		return this.years.stream()
			.filter((y) -> y.target() < targets().size() && TargetYears.isDivisible(targets().get(y.target())))
			.toList();
	}

	public Optional<TargetYears> yearsOf(int target) {
		return years().stream().filter((y) -> y.target() == target).findFirst();
	}

	/**
	 * What a target is judged against on the day: in a year with a share, that share;
	 * otherwise the whole target over the plan to the task's due date.
	 */
	public TargetYears.Yardstick yardstick(int target, PlanPeriod plan, LocalDate day) {
		Target measured = targets().get(target);
		return yearsOf(target).map((y) -> y.yardstick(measured, plan, dueDeadline(), day))
			.orElseGet(() -> new TargetYears.Yardstick(measured, BigDecimal.ZERO, plan, dueDeadline(), null));
	}

	/** The date granted by an extension, if any. */
	public Optional<LocalDate> extendedTo() {
		return Optional.ofNullable(this.extendedTo);
	}

	/**
	 * When the task is due: its final deadline, or the extension granted beyond it (a
	 * plan revised past the extension makes the extension moot).
	 */
	public Deadline dueDeadline() {
		Deadline written = finalDeadline();
		return (this.extendedTo != null && this.extendedTo.isAfter(written.date())) ? Deadline.granted(this.extendedTo)
				: written;
	}

	public boolean isClosedOut() {
		return this.closedOut;
	}

	/**
	 * Done: closed out (销号), or 已完成 (set by the office or by an accepted report). A done
	 * task owes no more reports and is reminded of nothing.
	 */
	public boolean isDone() {
		return this.closedOut || this.status == TaskStatus.COMPLETED;
	}

	public void markStatus(TaskStatus newStatus) {
		this.status = Require.present(newStatus, "status");
	}

	/**
	 * Whether any of the units (a unit with its groups) leads or is responsible for this
	 * task.
	 */
	public boolean involves(Collection<UnitId> units) {
		return this.content.leadUnits().stream().anyMatch(units::contains)
				|| this.content.responsibleUnits().stream().anyMatch(units::contains);
	}

	/** The last of the task's deadlines: when all of it is due. */
	public Deadline finalDeadline() {
		return this.content.deadlines().stream().max(Comparator.comparing(Deadline::date)).orElseThrow();
	}

	private static void checkSectionOf(Plan plan, TaskContent content) {
		if (plan.id() == null) {
			throw new IllegalArgumentException("save the plan before adding tasks to it");
		}
		if (content.sectionId() != null && plan.section(content.sectionId()).isEmpty()) {
			throw new DomainRuleException("task.section.unknown",
					"section " + content.sectionId() + " is not a section of plan " + plan.id());
		}
	}

	public TaskId id() {
		return this.id;
	}

	public PlanId planId() {
		return this.planId;
	}

	public TaskContent content() {
		return this.content;
	}

	public TaskNumber number() {
		return this.content.number();
	}

	public String text() {
		return this.content.text();
	}

	public List<UnitId> leadUnits() {
		return this.content.leadUnits();
	}

	public List<UnitId> responsibleUnits() {
		return this.content.responsibleUnits();
	}

	public List<Target> targets() {
		return this.content.targets();
	}

	public List<Deadline> deadlines() {
		return this.content.deadlines();
	}

	public TaskStatus status() {
		return this.status;
	}

	public long version() {
		return this.version;
	}

}
