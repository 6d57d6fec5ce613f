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

	/**
	 * Each task's accepted consolidated report of its latest period up to the quarter.
	 */
	@Query(value = """
			select distinct on (r.task_id) r.id from report r join reporting_period p on p.id = r.period_id
			where r.task_id in (:tasks) and r.kind = 'CONSOLIDATED' and r.state = 'ACCEPTED'
			and (p.year < :year or (p.year = :year and p.quarter <= :quarter))
			order by r.task_id, p.year desc, p.quarter desc""", nativeQuery = true)
	List<Long> findLatestAcceptedIds(Collection<Long> tasks, int year, int quarter);

	@Query("""
			select r from ReportEntity r, ReportingPeriodEntity p where p.id = r.periodId
			and r.taskId = :task and r.unitId = :unit and r.kind = :kind
			and r.state = cn.laoling.ledger.report.ReportState.ACCEPTED
			and (p.year < :year or (p.year = :year and p.quarter < :quarter))
			order by p.year desc, p.quarter desc""")
	List<ReportEntity> findAcceptedBefore(long task, long unit, ReportKind kind, int year, int quarter, Limit limit);

	List<ReportEntity> findByPeriodId(long periodId);

	List<ReportEntity> findByUnitIdOrderByTaskIdAscPeriodIdAscKindAsc(long unitId);

	List<ReportEntity> findByUnitIdAndPeriodIdIn(long unitId, Collection<Long> periodIds);

	List<ReportEntity> findByTaskIdOrderByPeriodIdAscKindAscUnitIdAsc(long taskId);

	List<ReportEntity> findByTaskIdAndPeriodIdOrderByKindAscUnitIdAsc(long taskId, long periodId);

}
