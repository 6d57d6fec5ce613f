package cn.laoling.ledger.persistence.report;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExtensionRequestRepository extends JpaRepository<ExtensionRequestEntity, Long> {

	List<ExtensionRequestEntity> findByTaskIdOrderByIdDesc(long taskId);

	@Query("""
			select e from ExtensionRequestEntity e
			where e.state = cn.laoling.ledger.report.ExtensionState.PENDING
			  and e.taskId in (select t.id from TaskEntity t where t.planId in :plans)
			order by e.id""")
	List<ExtensionRequestEntity> findPendingInPlans(Collection<Long> plans);

}
