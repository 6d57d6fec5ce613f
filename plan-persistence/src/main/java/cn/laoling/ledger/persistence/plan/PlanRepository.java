package cn.laoling.ledger.persistence.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<PlanEntity, Long> {

	@Query("select p from PlanEntity p where p.regionId in :regions order by p.periodEnd desc, p.id desc")
	List<PlanEntity> findAllInRegions(Collection<Long> regions);

	Optional<PlanEntity> findFirstByRegionIdAndTitle(long regionId, String title);

}
