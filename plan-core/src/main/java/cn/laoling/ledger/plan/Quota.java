package cn.laoling.ledger.plan;

import java.math.BigDecimal;

import cn.laoling.ledger.shared.NumberText;
import cn.laoling.ledger.shared.Require;
import cn.laoling.ledger.unit.UnitId;

/**
 * 分解指标: the share of a task's target one unit is to deliver (老年友好型社区 26个 → 昆北街道 2个).
 */
public record Quota(UnitId unit, BigDecimal amount) {

	public Quota {
		Require.present(unit, "unit");
		Require.present(amount, "quota amount");
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException("a quota is more than nothing, was " + amount);
		}
		amount = NumberText.plain(amount);
	}

}
