package cn.laoling.ledger.web.plan;

import java.util.List;

import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Standing;
import cn.laoling.ledger.report.StandingCounts;

/**
 * A ledger row's progress: its light and standing in the period its plan is in today (未报送
 * while nothing was accepted for it), and what the latest accepted report said.
 *
 * @param standing 已完成, 超/达/欠进度 or 未报送 in that period
 * @param overdue past its due date (with any extension) and not done
 * @param period the quarter of the latest accepted report, or {@code null} when none
 * @param completion each target's reported figure against its goal ({@code 8/26个})
 */
public record RowProgress(Light light, Standing standing, boolean overdue, Quarter period, String text,
		List<String> completion, String problems, String nextSteps) implements StandingCounts.Counted {

	public boolean isReported() {
		return this.period != null;
	}

}
