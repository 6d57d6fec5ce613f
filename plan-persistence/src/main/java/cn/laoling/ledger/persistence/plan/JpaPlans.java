package cn.laoling.ledger.persistence.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.persistence.Versions;
import cn.laoling.ledger.plan.DocumentNumber;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Section;
import cn.laoling.ledger.plan.SectionId;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.report.ReportingPeriod;

@Repository
@Transactional(readOnly = true)
class JpaPlans implements Plans {

	private final PlanRepository repository;

	private final JdbcTemplate jdbc;

	JpaPlans(PlanRepository repository, JdbcTemplate jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Plan> findById(PlanId id) {
		return this.repository.findById(id.value()).map(JpaPlans::toDomain);
	}

	@Override
	public List<Plan> findAllIn(Collection<RegionId> regions) {
		return this.repository.findAllInRegions(regions.stream().map(RegionId::value).toList())
			.stream()
			.map(JpaPlans::toDomain)
			.toList();
	}

	@Override
	public Optional<Plan> findByTitle(RegionId region, String title) {
		return this.repository.findFirstByRegionIdAndTitle(region.value(), title).map(JpaPlans::toDomain);
	}

	@Override
	@Transactional
	public Plan save(Plan plan) {
		PlanEntity entity = (plan.id() == null) ? new PlanEntity()
				: Versions.loadForEdit(this.repository, "plan", plan.id().value(), plan.version(), (e) -> e.version);
		entity.regionId = plan.regionId().value();
		PlanFacts facts = plan.facts();
		entity.title = facts.title();
		entity.documentNumber = facts.optionalDocumentNumber().map(DocumentNumber::value).orElse(null);
		entity.issuer = facts.issuer();
		entity.issueDate = facts.issueDate();
		entity.periodStart = facts.period().start();
		entity.periodEnd = facts.period().end();
		entity.status = plan.status();
		applySections(plan.sections(), entity.sections);
		Plan saved = toDomain(Versions.saveAndFlush(this.repository, entity, "plan", entity.id));
		addReportingPeriods(saved);
		return saved;
	}

	/**
	 * Every quarter of the plan's period has its reporting period; one a concurrent save
	 * added first, or one that holds reports from before the period changed, is kept.
	 */
	private void addReportingPeriods(Plan plan) {
		for (ReportingPeriod period : ReportingPeriod.of(plan.id(), plan.period())) {
			this.jdbc.update("""
					insert into reporting_period (plan_id, year, quarter, due_date, state)
					values (?, ?, ?, ?, ?) on conflict (plan_id, year, quarter) do nothing""", plan.id().value(),
					period.quarter().year(), period.quarter().number(), period.dueDate(), period.state().name());
		}
	}

	private static void applySections(List<Section> sections, List<SectionEntity> entities) {
		Map<Long, SectionEntity> existing = new HashMap<>();
		entities.forEach((e) -> existing.put(e.id, e));
		entities.clear();
		for (Section section : sections) {
			SectionEntity entity = (section.id() != null) ? existing.get(section.id().value()) : null;
			if (entity == null) {
				entity = new SectionEntity();
			}
			entity.number = section.number();
			entity.title = section.title();
			entities.add(entity);
		}
	}

	private static Plan toDomain(PlanEntity e) {
		PlanFacts facts = new PlanFacts(e.title,
				(e.documentNumber != null) ? new DocumentNumber(e.documentNumber) : null, e.issuer, e.issueDate,
				new PlanPeriod(e.periodStart, e.periodEnd));
		List<Section> sections = e.sections.stream()
			.map((s) -> new Section(new SectionId(s.id), s.number, s.title))
			.toList();
		return new Plan(new PlanId(e.id), new RegionId(e.regionId), facts, e.status, sections, e.version);
	}

}
