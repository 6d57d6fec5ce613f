package cn.laoling.ledger.unit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.laoling.ledger.region.RegionId;

/** Port: the unit registry. */
public interface Units {

	Optional<Unit> findById(UnitId id);

	List<Unit> findAllById(Collection<UnitId> ids);

	/** The names of these units, by id: what a page or sheet shows of them. */
	Map<UnitId, String> namesOf(Collection<UnitId> ids);

	/** The names of the region's units, in the order of {@link #findAllIn}. */
	Map<UnitId, String> namesIn(RegionId region);

	/** Units of the given regions, ordered by kind and name. */
	List<Unit> findAllIn(Collection<RegionId> regions);

	/** The unit of a region known by this name, canonical or alias. */
	Optional<Unit> findByName(RegionId region, UnitName name);

	/** The groups that have this unit as a member. */
	Set<UnitId> groupsContaining(UnitId unit);

	/**
	 * Saves a unit; an edit based on an outdated version throws
	 * {@link cn.laoling.ledger.shared.StaleEditException}.
	 */
	Unit save(Unit unit);

	/**
	 * Deletes the unit if it still has the version the user saw (else
	 * {@link cn.laoling.ledger.shared.StaleEditException}); a unit something still refers
	 * to is refused with {@link cn.laoling.ledger.shared.DomainRuleException}
	 * {@code unit.delete.referenced}.
	 */
	void delete(UnitId id, long expectedVersion);

}
