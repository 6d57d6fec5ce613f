package cn.laoling.ledger.persistence.plan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<TaskEntity, Long> {

	@Query("select t.planId, count(t) from TaskEntity t where t.planId in :plans group by t.planId")
	List<Object[]> countByPlanIds(Collection<Long> plans);

}
