package cn.laoling.ledger.web.unit;

import java.util.List;

import cn.laoling.ledger.unit.UnitKind;

/** A unit as the registry lists it. */
public record UnitRow(long id, long version, String name, UnitKind kind, List<String> aliases, List<String> members,
		List<String> groups, String regionName) {

}
