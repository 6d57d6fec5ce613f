package cn.laoling.ledger.persistence.plan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<TaskEntity, Long> {

	@Query("select t.planId, count(t) from TaskEntity t where t.planId in :plans group by t.planId")
	List<Object[]> countByPlanIds(Collection<Long> plans);

	@Query("""
			select t from TaskEntity t
			where exists (select 1 from TaskEntity l join l.leadUnitIds u where l = t and u in :units)
			   or exists (select 1 from TaskEntity r join r.responsibleUnitIds u where r = t and u in :units)
			order by t.planId, t.position, t.id""")
	List<TaskEntity> findNaming(Collection<Long> units);

}
