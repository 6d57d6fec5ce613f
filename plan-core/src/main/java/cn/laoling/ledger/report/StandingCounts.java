package cn.laoling.ledger.report;

import java.util.Collection;

/**
 * How many tasks stand where in a period on a day, counted by {@link PeriodStanding}:
 * every task once in {@code completed}, {@code ahead}, {@code onSchedule}, {@code behind}
 * or {@code unreported}; {@code closedOut} among the completed and {@code overdue} among
 * the others are counted again. The notice, the overview and the ledger all count so.
 *
 * @param completed reported complete or closed (销号)
 * @param closedOut closed by the office (销号), among the completed
 * @param overdue past due and not done
 * @param unreported not done and without an accepted report for the period
 */
public record StandingCounts(int tasks, int completed, int closedOut, int ahead, int onSchedule, int behind,
		int overdue, int unreported) {

	public static final StandingCounts NONE = new StandingCounts(0, 0, 0, 0, 0, 0, 0, 0);

	/** What is counted of a task: its standing, its light and whether it is overdue. */
	public interface Counted {

		Standing standing();

		Light light();

		boolean overdue();

	}

	public static StandingCounts of(Collection<? extends Counted> tasks) {
		int[] by = new int[Standing.values().length];
		int closedOut = 0;
		int overdue = 0;
		for (Counted task : tasks) {
			by[task.standing().ordinal()]++;
			closedOut += (task.light() == Light.COMPLETED) ? 1 : 0;
			overdue += task.overdue() ? 1 : 0;
		}
		return new StandingCounts(tasks.size(), by[Standing.COMPLETED.ordinal()], closedOut,
				by[Standing.AHEAD.ordinal()], by[Standing.ON_SCHEDULE.ordinal()], by[Standing.BEHIND.ordinal()],
				overdue, by[Standing.UNREPORTED.ordinal()]);
	}

	/** 达到或超过序时进度. */
	public int onOrAhead() {
		return this.ahead + this.onSchedule;
	}

}
