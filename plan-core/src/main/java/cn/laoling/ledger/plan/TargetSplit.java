package cn.laoling.ledger.plan;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.unit.UnitId;

/**
 * 指标分解: one of a task's targets split among units that report on the task. Only the units
 * holding a quota report a figure for that target, and the task's figure is the sum of
 * theirs. A split need not add up to the target (the office may still be dividing it);
 * {@link #shortfall} says by how much it does not.
 *
 * @param target the target's place among the task's targets
 * @param quotas each unit's share, in the order the office gave them
 */
public record TargetSplit(int target, List<Quota> quotas) {

	public TargetSplit {
		quotas = List.copyOf(quotas);
		Set<UnitId> seen = new HashSet<>();
		for (Quota quota : quotas) {
			if (!seen.add(quota.unit())) {
				throw new DomainRuleException("quota.unit.twice", "unit " + quota.unit() + " has two quotas");
			}
		}
	}

	/**
	 * The split of the task's target among the units, checked against the task.
	 * @param sharing the units that report their part of the task (a group by its
	 * members; not the unit that consolidates it)
	 * @throws DomainRuleException when the target does not exist, is a rate or a ceiling
	 * (neither adds up by units), or a unit does not report on the task
	 */
	public static TargetSplit of(Task task, int target, List<Quota> quotas, List<UnitId> sharing) {
		if (target < 0 || target >= task.targets().size()) {
			throw new DomainRuleException("quota.target.unknown", "task " + task.id() + " has no target " + target);
		}
		requireSplittable(task.targets().get(target));
		for (Quota quota : quotas) {
			if (!sharing.contains(quota.unit())) {
				throw new DomainRuleException("quota.unit.notSharing",
						"unit " + quota.unit() + " does not report a part of task " + task.id());
			}
		}
		return new TargetSplit(target, quotas);
	}

	/** Whether a target can be split among units: an amount that adds up. */
	public static boolean isSplittable(Target target) {
		return !target.isRate() && target.comparator() != Comparator.AT_MOST;
	}

	private static void requireSplittable(Target target) {
		if (target.isRate()) {
			throw new DomainRuleException("quota.target.rate", "a rate does not add up by units");
		}
		if (target.comparator() == Comparator.AT_MOST) {
			throw new DomainRuleException("quota.target.ceiling", "a ceiling does not add up by units");
		}
	}

	public BigDecimal total() {
		return this.quotas.stream().map(Quota::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public Optional<BigDecimal> quotaOf(UnitId unit) {
		return this.quotas.stream().filter((q) -> q.unit().equals(unit)).map(Quota::amount).findFirst();
	}

	public boolean holds(UnitId unit) {
		return quotaOf(unit).isPresent();
	}

	/**
	 * How much of the target the quotas leave undivided (negative when they divide more
	 * than it); zero when the split adds up.
	 */
	public BigDecimal shortfall(Target of) {
		return of.value().goal().subtract(total());
	}

	/** The split's quotas as targets of their own: what each unit is judged against. */
	public Target shareOf(Target of, UnitId unit) {
		BigDecimal amount = quotaOf(unit)
			.orElseThrow(() -> new IllegalArgumentException("unit " + unit + " holds no quota"));
		return new Target(new TargetValue.Amount(amount), of.measure(), of.counted(), of.comparator(), of.recurrence());
	}

	/**
	 * The splits of a task as they apply to its targets now: those of targets still
	 * splittable.
	 */
	public static List<TargetSplit> applying(List<TargetSplit> splits, List<Target> targets) {
		return splits.stream()
			.filter((s) -> s.target() < targets.size() && isSplittable(targets.get(s.target()))
					&& !s.quotas().isEmpty())
			.toList();
	}

	/**
	 * Where a target went when its task's targets were rewritten: the place of the target
	 * counting the same thing in the same measure, {@code -1} when there is none.
	 */
	public static int movedTo(List<Target> before, int target, List<Target> after) {
		if (target >= before.size()) {
			return -1;
		}
		Target was = before.get(target);
		for (int i = 0; i < after.size(); i++) {
			if (after.get(i).counted().equals(was.counted()) && after.get(i).measure().equals(was.measure())) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The splits of a task whose targets were rewritten and whose units may have changed:
	 * each follows its target where it moved, keeping only the units that still report a
	 * part; a split whose target is gone, or whose units all are, is no more.
	 */
	public static List<TargetSplit> following(List<TargetSplit> splits, List<Target> before, List<Target> after,
			List<UnitId> sharing) {
		List<TargetSplit> kept = new java.util.ArrayList<>();
		for (TargetSplit split : splits) {
			int moved = movedTo(before, split.target(), after);
			List<Quota> quotas = split.quotas().stream().filter((q) -> sharing.contains(q.unit())).toList();
			if (moved >= 0 && !quotas.isEmpty() && isSplittable(after.get(moved))) {
				kept.add(new TargetSplit(moved, quotas));
			}
		}
		return kept;
	}

	public static Optional<TargetSplit> of(List<TargetSplit> splits, int target) {
		return splits.stream().filter((s) -> s.target() == target).findFirst();
	}

}
