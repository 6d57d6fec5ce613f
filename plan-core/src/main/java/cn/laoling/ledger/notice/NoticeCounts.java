package cn.laoling.ledger.notice;

/**
 * The counts of 一、总体情况. Every task is counted once in {@code completed}, {@code ahead},
 * {@code onSchedule} or {@code behind}; {@code overdue} and {@code unreported} count
 * again among those.
 *
 * @param completed done, reported complete or closed (销号)
 * @param closedOut closed by the office (销号), among the completed
 * @param overdue past due and not done
 * @param unreported without an accepted report in the period
 */
public record NoticeCounts(int tasks, int completed, int closedOut, int ahead, int onSchedule, int behind, int overdue,
		int unreported) {

	public static final NoticeCounts NONE = new NoticeCounts(0, 0, 0, 0, 0, 0, 0, 0);

}
