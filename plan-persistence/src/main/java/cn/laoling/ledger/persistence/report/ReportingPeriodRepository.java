package cn.laoling.ledger.persistence.report;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriodEntity, Long> {

	List<ReportingPeriodEntity> findByPlanIdOrderByYearAscQuarterAsc(long planId);

	List<ReportingPeriodEntity> findByPlanIdInOrderByYearAscQuarterAsc(Collection<Long> planIds);

}
