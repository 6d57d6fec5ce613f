package cn.laoling.ledger.persistence.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriodEntity, Long> {

}
