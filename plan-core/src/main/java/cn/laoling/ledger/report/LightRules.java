package cn.laoling.ledger.report;

/**
 * The thresholds of the traffic lights, in percentage points of a target behind (or ahead
 * of) its 序时进度.
 *
 * @param yellowFrom behind by this many points or more is yellow (and 欠进度)
 * @param redFrom behind by more than this many points is red
 * @param aheadFrom ahead by this many points or more is 超进度
 */
public record LightRules(int yellowFrom, int redFrom, int aheadFrom) {

	/** The common rule: 10 to 30 points behind is yellow, more than 30 red. */
	public static final LightRules DEFAULT = new LightRules(10, 30, 10);

	public LightRules {
		if (yellowFrom < 0 || redFrom < yellowFrom || aheadFrom < 0) {
			throw new IllegalArgumentException("light thresholds need 0 <= yellow <= red and ahead >= 0, were "
					+ yellowFrom + "/" + redFrom + "/" + aheadFrom);
		}
	}

}
