package cn.laoling.ledger.persistence.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.persistence.Versions;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.report.ReportingPeriods;

@Repository
@Transactional(readOnly = true)
class JpaReportingPeriods implements ReportingPeriods {

	private final ReportingPeriodRepository repository;

	JpaReportingPeriods(ReportingPeriodRepository repository) {
		this.repository = repository;
	}

	@Override
	public Optional<ReportingPeriod> findById(ReportingPeriodId id) {
		return this.repository.findById(id.value()).map(JpaReportingPeriods::toDomain);
	}

	@Override
	public List<ReportingPeriod> forPlan(PlanId plan) {
		return this.repository.findByPlanIdOrderByYearAscQuarterAsc(plan.value())
			.stream()
			.map(JpaReportingPeriods::toDomain)
			.toList();
	}

	@Override
	public Map<PlanId, List<ReportingPeriod>> forPlans(Collection<PlanId> plans) {
		if (plans.isEmpty()) {
			return Map.of();
		}
		return this.repository.findByPlanIdInOrderByYearAscQuarterAsc(plans.stream().map(PlanId::value).toList())
			.stream()
			.map(JpaReportingPeriods::toDomain)
			.collect(Collectors.groupingBy(ReportingPeriod::planId));
	}

	@Override
	@Transactional
	public ReportingPeriod save(ReportingPeriod period) {
		ReportingPeriodEntity entity = (period.id() == null) ? new ReportingPeriodEntity() : Versions
			.loadForEdit(this.repository, "reportingPeriod", period.id().value(), period.version(), (e) -> e.version);
		entity.planId = period.planId().value();
		entity.year = period.quarter().year();
		entity.quarter = period.quarter().number();
		entity.dueDate = period.dueDate();
		entity.state = period.state();
		return toDomain(Versions.saveAndFlush(this.repository, entity, "reportingPeriod", entity.id));
	}

	private static ReportingPeriod toDomain(ReportingPeriodEntity e) {
		return new ReportingPeriod(new ReportingPeriodId(e.id), new PlanId(e.planId), new Quarter(e.year, e.quarter),
				e.dueDate, e.state, e.version);
	}

}
