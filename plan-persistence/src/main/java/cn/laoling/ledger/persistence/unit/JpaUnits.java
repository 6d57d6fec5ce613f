package cn.laoling.ledger.persistence.unit;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.persistence.SqlArrays;
import cn.laoling.ledger.persistence.Versions;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.Units;

@Repository
@Transactional(readOnly = true)
class JpaUnits implements Units {

	private final UnitRepository repository;

	private final JdbcTemplate jdbc;

	JpaUnits(UnitRepository repository, JdbcTemplate jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Unit> findById(UnitId id) {
		return this.repository.findById(id.value()).map(JpaUnits::toDomain);
	}

	@Override
	public List<Unit> findAllById(Collection<UnitId> ids) {
		return this.repository.findAllById(ids.stream().map(UnitId::value).toList())
			.stream()
			.map(JpaUnits::toDomain)
			.toList();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Map<UnitId, String> namesOf(Collection<UnitId> ids) {
		Map<UnitId, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.query("select id, name from unit where id = any(?::bigint[])",
					(RowCallbackHandler) (rs) -> names.put(new UnitId(rs.getLong(1)), rs.getString(2)),
					SqlArrays.ids(ids.stream().map(UnitId::value).distinct()));
		}
		return names;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Map<UnitId, String> namesIn(RegionId region) {
		Map<UnitId, String> names = new LinkedHashMap<>();
		this.jdbc.query("select id, name from unit where region_id = ? order by kind, name",
				(RowCallbackHandler) (rs) -> names.put(new UnitId(rs.getLong(1)), rs.getString(2)), region.value());
		return names;
	}

	@Override
	public List<Unit> findAllIn(Collection<RegionId> regions) {
		return this.repository.findAllInRegions(regions.stream().map(RegionId::value).toList())
			.stream()
			.map(JpaUnits::toDomain)
			.toList();
	}

	@Override
	public Optional<Unit> findByName(RegionId region, UnitName name) {
		return this.repository.findByNameOrAlias(region.value(), name.value())
			.stream()
			.findFirst()
			.map(JpaUnits::toDomain);
	}

	@Override
	public Set<UnitId> groupsContaining(UnitId unit) {
		return this.repository.findGroupIdsContaining(unit.value())
			.stream()
			.map(UnitId::new)
			.collect(Collectors.toSet());
	}

	@Override
	@Transactional
	public Unit save(Unit unit) {
		UnitEntity entity = (unit.id() == null) ? new UnitEntity()
				: Versions.loadForEdit(this.repository, "unit", unit.id().value(), unit.version(), (e) -> e.version);
		entity.regionId = unit.regionId().value();
		entity.name = unit.name().value();
		entity.kind = unit.kind();
		List<String> aliases = unit.aliases().stream().map(UnitName::value).toList();
		if (!entity.aliases.equals(aliases)) {
			entity.aliases.clear();
			entity.aliases.addAll(aliases);
		}
		Set<Long> members = unit.members().stream().map(UnitId::value).collect(Collectors.toSet());
		if (!entity.memberIds.equals(members)) {
			entity.memberIds.clear();
			entity.memberIds.addAll(members);
		}
		return toDomain(Versions.saveAndFlush(this.repository, entity, "unit", entity.id));
	}

	@Override
	@Transactional
	public void delete(UnitId id, long expectedVersion) {
		UnitEntity entity = Versions.loadForEdit(this.repository, "unit", id.value(), expectedVersion,
				(e) -> e.version);
		try {
			this.repository.delete(entity);
			this.repository.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// something came to refer to the unit after the caller counted
			throw new DomainRuleException("unit.delete.referenced", "unit " + id.value() + " is still referred to");
		}
	}

	private static Unit toDomain(UnitEntity e) {
		return new Unit(new UnitId(e.id), new RegionId(e.regionId), new UnitName(e.name), e.kind,
				e.aliases.stream().map(UnitName::new).toList(), e.memberIds.stream().map(UnitId::new).toList(),
				e.version);
	}

}
