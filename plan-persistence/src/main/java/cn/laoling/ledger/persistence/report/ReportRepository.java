package cn.laoling.ledger.persistence.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<ReportEntity, Long> {

	List<ReportEntity> findByTaskIdAndPeriodIdOrderByKindAscUnitIdAsc(long taskId, long periodId);

}
