package cn.laoling.ledger.persistence.region;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegionRepository extends JpaRepository<RegionEntity, Long> {

	Optional<RegionEntity> findByName(String name);

	/**
	 * Changes whenever a region is added, edited (its version grows) or removed.
	 */
	@Query(value = "select count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(version), 0) from region",
			nativeQuery = true)
	String fingerprint();

}
