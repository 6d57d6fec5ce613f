package cn.laoling.ledger.persistence.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.persistence.SqlArrays;
import cn.laoling.ledger.persistence.Versions;
import cn.laoling.ledger.plan.DocumentNumber;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanHead;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.PlanStatus;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Section;
import cn.laoling.ledger.plan.SectionId;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;

@Repository
@Transactional(readOnly = true)
class JpaPlans implements Plans {

	private static final String HEADS = "select id, region_id, title, status, period_start, period_end, version from plan ";

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
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<PlanHead> headOf(PlanId id) {
		return this.jdbc.query(HEADS + "where id = ?", JpaPlans::head, id.value()).stream().findFirst();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<PlanHead> headsIn(Collection<RegionId> regions) {
		return this.jdbc.query(HEADS + "where region_id = any(?::bigint[]) order by period_end desc, id desc",
				JpaPlans::head, SqlArrays.ids(regions.stream().map(RegionId::value)));
	}

	private static PlanHead head(ResultSet rs, int row) throws SQLException {
		return new PlanHead(new PlanId(rs.getLong(1)), new RegionId(rs.getLong(2)), rs.getString(3),
				PlanStatus.valueOf(rs.getString(4)),
				new PlanPeriod(rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)), rs.getLong(7));
	}

	@Override
	public Optional<Plan> findByTitle(RegionId region, String title) {
		return this.repository.findFirstByRegionIdAndTitle(region.value(), title).map(JpaPlans::toDomain);
	}

	@Override
	public boolean isOnRecord(PlanId id) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from report_event e join report r on r.id = e.report_id
				               join task t on t.id = r.task_id where t.plan_id = ? and e.kind <> 'IMPORTED')
				    or exists (select 1 from notice where plan_id = ?)
				    or exists (select 1 from work_prompt_task p join task t on t.id = p.task_id where t.plan_id = ?)
				    or exists (select 1 from extension_request x join task t on t.id = x.task_id where t.plan_id = ?)
				    or exists (select 1 from report_chase c join task t on t.id = c.task_id where t.plan_id = ?)""",
				Boolean.class, id.value(), id.value(), id.value(), id.value(), id.value()));
	}

	@Override
	@Transactional
	public void delete(PlanId id, long seenVersion) {
		Long current = this.jdbc.query("select version from plan where id = ? for update",
				(rs) -> rs.next() ? rs.getLong(1) : null, id.value());
		if (current == null) {
			throw new NotFoundException("plan", id.value());
		}
		if (current != seenVersion) {
			throw new StaleEditException("plan", id.value(), seenVersion, current);
		}
		// the tasks take their units, targets, deadlines, report drafts and kept
		// standings along
		this.jdbc.update("delete from task where plan_id = ?", id.value());
		this.jdbc.update("delete from reporting_period where plan_id = ?", id.value());
		this.jdbc.update("delete from plan where id = ?", id.value());
		this.jdbc.update("delete from standing_change where plan_id = ?", id.value());
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
