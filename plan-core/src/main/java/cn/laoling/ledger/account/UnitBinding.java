package cn.laoling.ledger.account;

import cn.laoling.ledger.shared.Require;
import cn.laoling.ledger.unit.UnitId;

/** The unit a liaison speaks for, and whether as its primary or backup liaison. */
public record UnitBinding(UnitId unitId, LiaisonPosition position) {

	public UnitBinding {
		Require.present(unitId, "unitId");
		Require.present(position, "position");
	}

}
