package cn.laoling.ledger.overview;

import java.math.BigDecimal;

import cn.laoling.ledger.report.TargetProgress;

/**
 * A reported target as the overview charts it: its goal, what 序时 expects by the day and
 * the value reported.
 *
 * @param measure the unit it is counted in (个, %, 人次)
 */
public record TargetMark(String measure, String counted, BigDecimal goal, BigDecimal expected, BigDecimal actual) {

	public static TargetMark of(TargetProgress progress) {
		return new TargetMark(progress.target().measure().symbol(), progress.target().counted(),
				progress.target().value().goal(), progress.expected(), progress.actual());
	}

}
