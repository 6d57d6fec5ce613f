package cn.laoling.ledger.web.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.Standing;
import cn.laoling.ledger.unit.UnitId;

/**
 * 指标分解 of one target as a page shows it: each quota holder's share against its 序时, and
 * the totals. The lead unit sees it beside its report, the office on the task and in
 * review.
 *
 * @param target the target written out
 * @param measure its measure word
 * @param goal the target's value
 * @param quotas the quotas' total
 * @param shortfall what the quotas leave undivided (negative: they divide more)
 * @param reported the quota holders' figures summed: the task's figure for the target
 * @param whole whether every quota holder is shown, with the totals; a unit other than
 * the lead unit sees its own share only, without the others' figures summed
 */
public record ShareTable(int position, String target, String measure, BigDecimal goal, BigDecimal quotas,
		BigDecimal shortfall, BigDecimal reported, List<Row> rows, boolean whole) {

	/**
	 * @param reported the unit's latest submitted figure, {@code null} when it gave none
	 * @param expected what 序时 asks of its quota today
	 * @param behind behind on its share
	 * ({@link cn.laoling.ledger.report.ShareProgress#isBehind}): what a notice names
	 */
	public record Row(long unitId, String unit, BigDecimal quota, BigDecimal reported, BigDecimal expected,
			Standing standing, Light light, boolean behind) {
	}

	/**
	 * The tables cut to the units' own shares, leaving out those where they hold none:
	 * what a unit other than the lead unit sees.
	 */
	public static List<ShareTable> ownedBy(List<ShareTable> tables, Collection<UnitId> units) {
		return tables.stream()
			.map((t) -> new ShareTable(t.position, t.target, t.measure, t.goal, null, null, null,
					t.rows.stream().filter((r) -> units.contains(new UnitId(r.unitId()))).toList(), false))
			.filter((t) -> !t.rows.isEmpty())
			.toList();
	}

	public boolean addsUp() {
		return this.shortfall != null && this.shortfall.signum() == 0;
	}

}
