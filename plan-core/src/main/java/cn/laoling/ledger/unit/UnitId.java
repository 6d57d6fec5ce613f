package cn.laoling.ledger.unit;

import cn.laoling.ledger.shared.Require;

/** Identity of a {@link Unit}. */
public record UnitId(long value) {

	public UnitId {
		Require.positive(value, "unitId");
	}

}
