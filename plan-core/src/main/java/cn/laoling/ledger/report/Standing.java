package cn.laoling.ledger.report;

/** Where a task stands against 序时进度, as progress notices count it. */
public enum Standing {

	/** 超进度: ahead of the expected value by a margin. */
	AHEAD,

	/** 达进度: at the expected value, or close to it. */
	ON_SCHEDULE,

	/** 欠进度: behind the expected value. */
	BEHIND,

	/** 已完成: reported complete, or closed by the office (销号). */
	COMPLETED,

	/**
	 * 未报送: not done and without an accepted report for the period, so not judged against
	 * 序时 at all.
	 */
	UNREPORTED

}
