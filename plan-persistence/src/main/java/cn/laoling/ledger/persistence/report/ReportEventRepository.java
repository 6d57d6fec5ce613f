package cn.laoling.ledger.persistence.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportEventRepository extends JpaRepository<ReportEventEntity, Long> {

	List<ReportEventEntity> findByReportIdOrderByAtAscIdAsc(long reportId);

}
