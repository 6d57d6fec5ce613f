package cn.laoling.ledger.region;

import cn.laoling.ledger.shared.Require;

/** Identity of a {@link Region}. */
public record RegionId(long value) {

	public RegionId {
		Require.positive(value, "regionId");
	}

}
