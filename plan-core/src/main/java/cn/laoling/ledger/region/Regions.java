package cn.laoling.ledger.region;

import java.util.List;
import java.util.Optional;

/** Port: where regions are kept. */
public interface Regions {

	List<Region> findAll();

	Optional<Region> findByName(String name);

	Region save(Region region);

	default RegionTree tree() {
		return RegionTree.of(findAll());
	}

}
