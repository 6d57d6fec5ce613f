package cn.laoling.ledger.persistence.report;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;

interface ReportRepository extends JpaRepository<ReportEntity, Long> {

	@Query("""
			select r from ReportEntity r where r.kind = :kind and r.state = :state
			and r.taskId in (select t.id from TaskEntity t where t.planId in :plans)
			order by r.submittedAt, r.id""")
	List<ReportEntity> findInPlans(Collection<Long> plans, ReportKind kind, ReportState state);

	List<ReportEntity> findByPeriodId(long periodId);

	List<ReportEntity> findByUnitIdOrderByTaskIdAscPeriodIdAscKindAsc(long unitId);

	List<ReportEntity> findByTaskIdOrderByPeriodIdAscKindAscUnitIdAsc(long taskId);

}
