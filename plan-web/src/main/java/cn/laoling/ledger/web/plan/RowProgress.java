package cn.laoling.ledger.web.plan;

import java.util.List;

import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Standing;

/**
 * A ledger row's progress: the light always, and what the latest accepted report said.
 *
 * @param period the quarter of the latest accepted report, or {@code null} when none
 * @param completion each target's reported figure against its goal ({@code 8/26个})
 */
public record RowProgress(Light light, Standing standing, Quarter period, String text, List<String> completion,
		String problems, String nextSteps) {

	public boolean isReported() {
		return this.period != null;
	}

}
