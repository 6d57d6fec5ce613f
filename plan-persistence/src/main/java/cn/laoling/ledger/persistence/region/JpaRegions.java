package cn.laoling.ledger.persistence.region;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.persistence.Versions;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.region.RegionTree;
import cn.laoling.ledger.region.Regions;

@Repository
@Transactional(readOnly = true)
class JpaRegions implements Regions {

	private final RegionRepository repository;

	/**
	 * The tree as last read, with the fingerprint of the regions it was read from: every
	 * request works out what its user may see from it.
	 */
	private volatile KeptTree kept = new KeptTree("", RegionTree.of(List.of()));

	private record KeptTree(String fingerprint, RegionTree tree) {
	}

	private final JdbcTemplate jdbc;

	JpaRegions(RegionRepository repository, JdbcTemplate jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	@Override
	public List<Region> findAll() {
		return this.repository.findAll().stream().map(JpaRegions::toDomain).toList();
	}

	/**
	 * Read on every request, so without a transaction of its own; the fingerprint changes
	 * whenever a region is added, edited (its version grows) or removed.
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public RegionTree tree() {
		String fingerprint = this.jdbc.queryForObject(
				"select count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(version), 0) from region",
				String.class);
		KeptTree tree = this.kept;
		if (!tree.fingerprint().equals(fingerprint)) {
			tree = new KeptTree(fingerprint, RegionTree.of(findAll()));
			this.kept = tree;
		}
		return tree.tree();
	}

	@Override
	public Optional<Region> findByName(String name) {
		return this.repository.findByName(name).map(JpaRegions::toDomain);
	}

	@Override
	@Transactional
	public Region save(Region region) {
		RegionEntity entity = (region.id() == null) ? new RegionEntity() : Versions.loadForEdit(this.repository,
				"region", region.id().value(), region.version(), (e) -> e.version);
		entity.parentId = region.parentId().map(RegionId::value).orElse(null);
		entity.name = region.name();
		return toDomain(Versions.saveAndFlush(this.repository, entity, "region", entity.id));
	}

	private static Region toDomain(RegionEntity e) {
		return new Region(new RegionId(e.id), (e.parentId != null) ? new RegionId(e.parentId) : null, e.name,
				e.version);
	}

}
