package cn.laoling.ledger.unit;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The units a name on a task stands for: a group (各街镇) stands for each of its members,
 * any other unit for itself.
 */
public final class Groups {

	private Groups() {
	}

	/**
	 * @param units the units known, groups with their members; a unit not known stands
	 * for itself
	 * @return a group's members in id order, or the unit itself
	 */
	public static List<UnitId> expand(UnitId unit, Function<UnitId, Optional<Unit>> units) {
		return units.apply(unit)
			.filter(Unit::isGroup)
			.map((u) -> u.members().stream().sorted(Comparator.comparingLong(UnitId::value)).toList())
			.orElse(List.of(unit));
	}

	/** The units known, by id: what {@link #expand} looks a unit up in. */
	public static Function<UnitId, Optional<Unit>> known(Collection<Unit> units) {
		Map<UnitId, Unit> byId = new HashMap<>();
		units.forEach((unit) -> byId.put(unit.id(), unit));
		return (id) -> Optional.ofNullable(byId.get(id));
	}

	/** Each of the units expanded, in order, none twice. */
	public static List<UnitId> expandAll(Collection<UnitId> named, Function<UnitId, Optional<Unit>> units) {
		Set<UnitId> expanded = new LinkedHashSet<>();
		named.forEach((unit) -> expanded.addAll(expand(unit, units)));
		return List.copyOf(expanded);
	}

}
