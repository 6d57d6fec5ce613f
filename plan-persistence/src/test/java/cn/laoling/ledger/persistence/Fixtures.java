package cn.laoling.ledger.persistence;

import java.util.UUID;

import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.Units;

/**
 * Test data built through the domain API, with unique names so tests can share one
 * database.
 */
final class Fixtures {

	private Fixtures() {
	}

	static String unique(String name) {
		return name + UUID.randomUUID().toString().substring(0, 6);
	}

	static Region region(Regions regions) {
		return regions.save(Region.newTopLevel(unique("区")));
	}

	static Unit department(Units units, Region region, String name) {
		return units.save(Unit.register(region.id(), new UnitName(name), UnitKind.DEPARTMENT));
	}

}
