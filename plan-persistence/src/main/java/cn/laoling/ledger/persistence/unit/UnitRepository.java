package cn.laoling.ledger.persistence.unit;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<UnitEntity, Long> {

	@Query("select u from UnitEntity u where u.regionId in :regions order by u.kind, u.name")
	List<UnitEntity> findAllInRegions(Collection<Long> regions);

	@Query("""
			select distinct u from UnitEntity u left join u.aliases a
			where u.regionId = :region and (u.name = :name or a = :name)""")
	List<UnitEntity> findByNameOrAlias(long region, String name);

	@Query(value = "select group_id from unit_group_member where member_id = :unit", nativeQuery = true)
	Set<Long> findGroupIdsContaining(long unit);

}
