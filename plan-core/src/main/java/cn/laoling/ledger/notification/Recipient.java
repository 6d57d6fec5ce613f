package cn.laoling.ledger.notification;

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.shared.Require;
import cn.laoling.ledger.unit.UnitId;

/**
 * Who a notification is addressed to: a unit (read by its liaisons), or the office or the
 * leaders of a region (read by every account of that role there). Each account reads what
 * is addressed to it and marks it read for itself.
 *
 * @param unit the unit, for {@link Audience#UNIT} only ({@code null} otherwise)
 * @param region the region, for {@link Audience#OFFICE} and {@link Audience#LEADERS} only
 * ({@code null} otherwise)
 */
public record Recipient(Audience audience, UnitId unit, RegionId region) {

	/** The kinds of recipient. */
	public enum Audience {

		/** A unit: its liaisons. */
		UNIT,

		/** A region's 老龄办. */
		OFFICE,

		/** A region's leaders. */
		LEADERS

	}

	public Recipient {
		Require.present(audience, "audience");
		if (audience == Audience.UNIT) {
			Require.present(unit, "unit");
			if (region != null) {
				throw new IllegalArgumentException("a notification to a unit names no region");
			}
		}
		else {
			Require.present(region, "region");
			if (unit != null) {
				throw new IllegalArgumentException("a notification to the " + audience + " names no unit");
			}
		}
	}

	public static Recipient unit(UnitId unit) {
		return new Recipient(Audience.UNIT, unit, null);
	}

	public static Recipient office(RegionId region) {
		return new Recipient(Audience.OFFICE, null, region);
	}

	public static Recipient leaders(RegionId region) {
		return new Recipient(Audience.LEADERS, null, region);
	}

}
