package cn.laoling.ledger.plan;

import java.math.BigDecimal;

import cn.laoling.ledger.shared.NumberText;
import cn.laoling.ledger.shared.Require;

/**
 * 年度任务: one year's share of a multi-year target (7000户 by 2025 → 2024年 2500户), and what
 * the year before left unfinished and was carried over into it (结转).
 *
 * @param planned the share the office set for the year
 * @param carried what the previous year left unfinished, added when that year was closed
 */
public record YearShare(int year, BigDecimal planned, BigDecimal carried) {

	public YearShare {
		Require.present(planned, "planned share");
		Require.present(carried, "carried share");
		if (planned.signum() < 0 || carried.signum() < 0) {
			throw new IllegalArgumentException("a year's share is not negative");
		}
		planned = NumberText.plain(planned);
		carried = NumberText.plain(carried);
	}

	public static YearShare planned(int year, BigDecimal planned) {
		return new YearShare(year, planned, BigDecimal.ZERO);
	}

	/** What the year is to deliver: its own share and what was carried into it. */
	public BigDecimal amount() {
		return this.planned.add(this.carried);
	}

	public boolean isCarriedInto() {
		return this.carried.signum() > 0;
	}

}
