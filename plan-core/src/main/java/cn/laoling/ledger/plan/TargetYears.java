package cn.laoling.ledger.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import cn.laoling.ledger.shared.DomainRuleException;

/**
 * 年度分解: a target of a multi-year plan divided into each year's share (到2025年底完成7000户 →
 * 2023年 2000户, 2024年 2500户, 2025年 2500户). In a year with a share the target is judged on
 * that year's share: from where the year started to where it must end. Closing a year
 * carries what it left unfinished into the next (结转).
 *
 * @param target the target's place among the task's targets
 * @param years the shares, by year
 */
public record TargetYears(int target, List<YearShare> years) {

	public TargetYears {
		years = years.stream().sorted(java.util.Comparator.comparingInt(YearShare::year)).toList();
		for (int i = 1; i < years.size(); i++) {
			if (years.get(i).year() == years.get(i - 1).year()) {
				throw new IllegalArgumentException("two shares of " + years.get(i).year());
			}
		}
	}

	/**
	 * The target of the task divided by year, as the office typed it; what was carried
	 * into a year stays.
	 * @param planned each year's share; a year left out or blank has none of its own, but
	 * keeps what was carried into it
	 * @throws DomainRuleException when the plan is of one year, a year lies outside it,
	 * or the target is not an amount done once by the deadline
	 */
	public static TargetYears of(Task task, PlanPeriod plan, int target, Map<Integer, BigDecimal> planned,
			Optional<TargetYears> before) {
		if (target < 0 || target >= task.targets().size()) {
			throw new DomainRuleException("years.target.unknown", "task " + task.id() + " has no target " + target);
		}
		if (!isDivisible(task.targets().get(target))) {
			throw new DomainRuleException("years.target.notDivisible",
					"only an amount done once by the deadline is divided by year");
		}
		if (plan.start().getYear() == plan.end().getYear()) {
			throw new DomainRuleException("years.plan.oneYear", "a plan of one year is not divided by year");
		}
		Set<Integer> years = new TreeSet<>(planned.keySet());
		before
			.ifPresent((b) -> b.years().stream().filter(YearShare::isCarriedInto).forEach((y) -> years.add(y.year())));
		List<YearShare> shares = new ArrayList<>();
		for (int year : years) {
			if (year < plan.start().getYear() || year > plan.end().getYear()) {
				throw new DomainRuleException("years.year.outside", year + " is outside the plan");
			}
			BigDecimal typed = (planned.get(year) != null) ? planned.get(year) : BigDecimal.ZERO;
			BigDecimal carried = before.flatMap((b) -> b.in(year)).map(YearShare::carried).orElse(BigDecimal.ZERO);
			if (typed.signum() > 0 || carried.signum() > 0) {
				shares.add(new YearShare(year, typed, carried));
			}
		}
		return new TargetYears(target, shares);
	}

	/** Whether a target can be divided by year: an amount (not a rate) done once. */
	public static boolean isDivisible(Target target) {
		return !target.isRate() && target.recurrence() == Recurrence.ONCE && target.comparator() != Comparator.AT_MOST;
	}

	public Optional<YearShare> in(int year) {
		return this.years.stream().filter((y) -> y.year() == year).findFirst();
	}

	/** The shares the office set, summed: what the years add up to. */
	public BigDecimal plannedTotal() {
		return this.years.stream().map(YearShare::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** How much of the target the shares leave undivided (negative: more than it). */
	public BigDecimal shortfall(Target of) {
		return of.value().goal().subtract(plannedTotal());
	}

	/** The cumulative figure the target must reach by the end of the year. */
	public BigDecimal dueBy(int year) {
		return this.years.stream()
			.filter((y) -> y.year() <= year)
			.map(YearShare::planned)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Where the year starts: what the years before it were to reach, less what they left
	 * unfinished and carried into it.
	 */
	public BigDecimal startOf(int year) {
		BigDecimal carried = in(year).map(YearShare::carried).orElse(BigDecimal.ZERO);
		return dueBy(year - 1).subtract(carried);
	}

	/**
	 * 结转: the year closed with the cumulative figure reached by its end; what it left
	 * unfinished is carried into the next year with a share (none when it was done).
	 * @throws DomainRuleException when no later year has a share to carry it into
	 */
	public TargetYears carriedOver(int year, BigDecimal reached) {
		Optional<YearShare> next = this.years.stream().filter((y) -> y.year() > year).findFirst();
		if (next.isEmpty()) {
			throw new DomainRuleException("years.carry.noNextYear", "no year after " + year + " to carry into");
		}
		BigDecimal unfinished = dueBy(year).subtract((reached == null) ? BigDecimal.ZERO : reached)
			.max(BigDecimal.ZERO);
		List<YearShare> shares = new ArrayList<>();
		for (YearShare share : this.years) {
			shares.add((share.year() == next.get().year()) ? new YearShare(share.year(), share.planned(), unfinished)
					: share);
		}
		return new TargetYears(this.target, shares);
	}

	/**
	 * The target as it is judged on the day: in a year with a share, that share, counted
	 * from where the year started over the year's days (within the plan); otherwise the
	 * whole target over the plan.
	 */
	public Yardstick yardstick(Target target, PlanPeriod plan, Deadline due, LocalDate day) {
		LocalDate inPlan = day.isBefore(plan.start()) ? plan.start() : day.isAfter(plan.end()) ? plan.end() : day;
		int year = inPlan.getYear();
		Optional<YearShare> share = in(year);
		if (share.isEmpty()) {
			return new Yardstick(target, BigDecimal.ZERO, plan, due, null);
		}
		LocalDate start = LocalDate.of(year, 1, 1).isBefore(plan.start()) ? plan.start() : LocalDate.of(year, 1, 1);
		LocalDate end = LocalDate.of(year, 12, 31).isAfter(plan.end()) ? plan.end() : LocalDate.of(year, 12, 31);
		Target ofYear = new Target(new TargetValue.Amount(share.get().amount()), target.measure(), target.counted(),
				target.comparator(), Recurrence.ONCE);
		PlanPeriod window = new PlanPeriod(start, end);
		return new Yardstick(ofYear, startOf(year), window, Deadline.impliedBy(window), year);
	}

	/**
	 * What a target is measured against on a day: a target, the figure it counts from,
	 * and the window (as a period and its deadline) 序时 spreads it over.
	 *
	 * @param year the year whose share it is, {@code null} for the whole target
	 */
	public record Yardstick(Target target, BigDecimal from, PlanPeriod window, Deadline due, Integer year) {

		/** What the cumulative figure counts towards this target. */
		public BigDecimal counted(BigDecimal cumulative) {
			return (cumulative == null) ? null : cumulative.subtract(this.from);
		}

	}

}
