package cn.laoling.ledger.persistence.report;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
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

	@Query("""
			select r from ReportEntity r, ReportingPeriodEntity p where p.id = r.periodId
			and r.taskId in :tasks and r.kind = cn.laoling.ledger.report.ReportKind.CONSOLIDATED
			and r.state = cn.laoling.ledger.report.ReportState.ACCEPTED
			and (p.year < :year or (p.year = :year and p.quarter <= :quarter))
			order by r.taskId, p.year desc, p.quarter desc""")
	List<ReportEntity> findAcceptedNewestFirst(Collection<Long> tasks, int year, int quarter);

	@Query("""
			select r from ReportEntity r, ReportingPeriodEntity p where p.id = r.periodId
			and r.taskId = :task and r.unitId = :unit and r.kind = :kind
			and r.state = cn.laoling.ledger.report.ReportState.ACCEPTED
			and (p.year < :year or (p.year = :year and p.quarter < :quarter))
			order by p.year desc, p.quarter desc""")
	List<ReportEntity> findAcceptedBefore(long task, long unit, ReportKind kind, int year, int quarter, Limit limit);

	List<ReportEntity> findByPeriodId(long periodId);

	List<ReportEntity> findByTaskIdOrderByPeriodIdAscKindAscUnitIdAsc(long taskId);

	List<ReportEntity> findByTaskIdAndPeriodIdOrderByKindAscUnitIdAsc(long taskId, long periodId);

}
