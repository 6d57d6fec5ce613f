package cn.laoling.ledger.persistence.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.persistence.SqlArrays;
import cn.laoling.ledger.persistence.Versions;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportId;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.shared.NumberText;

@Repository
@Transactional(readOnly = true)
class JpaReports implements Reports {

	private final ReportRepository reports;

	private final ReportEventRepository events;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	JpaReports(ReportRepository reports, ReportEventRepository events, EntityManager entityManager, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.events = events;
		this.entityManager = entityManager;
	}

	@Override
	public Optional<Report> findById(ReportId id) {
		return this.reports.findById(id.value()).map(JpaReports::toDomain);
	}

	@Override
	public List<Report> inPlans(Collection<PlanId> plans, ReportKind kind, ReportState state) {
		if (plans.isEmpty()) {
			return List.of();
		}
		return this.reports.findInPlans(plans.stream().map(PlanId::value).toList(), kind, state)
			.stream()
			.map(JpaReports::toDomain)
			.toList();
	}

	/** Without a transaction of its own: read for the navigation of every page. */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public int countInPlans(Collection<PlanId> plans, ReportKind kind, ReportState state) {
		Integer count = this.jdbc.queryForObject("""
				select count(*) from report r join task t on t.id = r.task_id
				where t.plan_id = any(?::bigint[]) and r.state = ? and r.kind = ?""", Integer.class,
				SqlArrays.ids(plans.stream().map(PlanId::value)), state.name(), kind.name());
		return (count != null) ? count : 0;
	}

	@Override
	public Map<TaskId, Report> latestAccepted(Collection<TaskId> tasks) {
		return latestAccepted(tasks, new Quarter(Short.MAX_VALUE, 4));
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Map<TaskId, Report> latestAccepted(Collection<TaskId> tasks, Quarter upTo) {
		Map<TaskId, Report> latest = new HashMap<>();
		if (tasks.isEmpty()) {
			return latest;
		}
		read("""
				select distinct on (r.task_id) r.* from report r join reporting_period p on p.id = r.period_id
				where r.task_id = any(?::bigint[]) and r.kind = 'CONSOLIDATED' and r.state = 'ACCEPTED'
				and (p.year < ? or (p.year = ? and p.quarter <= ?))
				order by r.task_id, p.year desc, p.quarter desc""", SqlArrays.ids(tasks.stream().map(TaskId::value)),
				upTo.year(), upTo.year(), upTo.number())
			.forEach((report) -> latest.put(report.taskId(), report));
		return latest;
	}

	/**
	 * Reports read by JDBC, in the query's order, with their figures read by a second
	 * query: the reads of every ledger page, overview, export, report form and
	 * submission.
	 * @param sql a query of {@code report r} rows ({@code r.*})
	 */
	private List<Report> read(String sql, Object... arguments) {
		List<ReportEntity> rows = this.jdbc.query(sql, JpaReports::row, arguments);
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, ReportEntity> byId = new HashMap<>();
		rows.forEach((row) -> byId.put(row.id, row));
		// the ids written into the statement and read in the primary key's order: bound
		// as a parameter, or joined to unnest(...), PostgreSQL scanned the figures of
		// reports newer than its statistics (25-80 ms at 500,000 reports)
		this.jdbc.query("""
				select report_id, position, given, value, numerator, denominator from report_figure
				where report_id = any('%s'::bigint[]) order by report_id, position"""
			.formatted(SqlArrays.ids(byId.keySet().stream())), (rs) -> {
				FigureEmbeddable figure = new FigureEmbeddable();
				figure.given = rs.getBoolean("given");
				figure.value = rs.getBigDecimal("value");
				figure.numerator = rs.getBigDecimal("numerator");
				figure.denominator = rs.getBigDecimal("denominator");
				List<FigureEmbeddable> figures = byId.get(rs.getLong("report_id")).figures;
				int position = rs.getInt("position");
				while (figures.size() <= position) {
					figures.add(null);
				}
				figures.set(position, figure);
			});
		return rows.stream().map(JpaReports::toDomain).toList();
	}

	/** A report's row as its entity, its figures still to be added. */
	private static ReportEntity row(ResultSet rs, int n) throws SQLException {
		ReportEntity row = new ReportEntity();
		row.id = rs.getLong("id");
		row.taskId = rs.getLong("task_id");
		row.periodId = rs.getLong("period_id");
		row.unitId = rs.getLong("unit_id");
		row.kind = ReportKind.valueOf(rs.getString("kind"));
		row.progress = rs.getString("progress");
		row.status = (rs.getString("status") != null) ? TaskStatus.valueOf(rs.getString("status")) : null;
		row.problems = rs.getString("problems");
		row.nextSteps = rs.getString("next_steps");
		row.explanation = rs.getString("explanation");
		row.state = ReportState.valueOf(rs.getString("state"));
		row.reviewComment = rs.getString("review_comment");
		OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
		row.submittedAt = (submitted != null) ? submitted.toInstant() : null;
		row.version = rs.getLong("version");
		row.figures = new ArrayList<>();
		return row;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<Report> lastAcceptedBefore(TaskId task, UnitId unit, ReportKind kind, Quarter quarter) {
		return read("""
				select r.* from report r join reporting_period p on p.id = r.period_id
				where r.task_id = ? and r.unit_id = ? and r.kind = ? and r.state = 'ACCEPTED'
				and (p.year < ? or (p.year = ? and p.quarter < ?))
				order by p.year desc, p.quarter desc limit 1""", task.value(), unit.value(), kind.name(),
				quarter.year(), quarter.year(), quarter.number())
			.stream()
			.findFirst();
	}

	@Override
	public List<Report> ofTask(TaskId task) {
		return this.reports.findByTaskIdOrderByPeriodIdAscKindAscUnitIdAsc(task.value())
			.stream()
			.map(JpaReports::toDomain)
			.toList();
	}

	@Override
	public List<Report> inPeriod(ReportingPeriodId period) {
		return this.reports.findByPeriodId(period.value()).stream().map(JpaReports::toDomain).toList();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Report> ofUnit(UnitId unit, Collection<ReportingPeriodId> periods) {
		if (periods.isEmpty()) {
			return List.of();
		}
		return read("select r.* from report r where r.unit_id = ? and r.period_id = any(?::bigint[]) order by r.id",
				unit.value(), SqlArrays.ids(periods.stream().map(ReportingPeriodId::value)));
	}

	@Override
	public List<Report> ofUnit(UnitId unit) {
		return this.reports.findByUnitIdOrderByTaskIdAscPeriodIdAscKindAsc(unit.value())
			.stream()
			.map(JpaReports::toDomain)
			.toList();
	}

	@Override
	@Transactional
	public void fold(ReportId folded, ReportId into) {
		ReportEntity entity = this.reports.findById(folded.value())
			.orElseThrow(() -> new NotFoundException("report", folded.value()));
		for (String table : List.of("report_event", "report_evidence")) {
			this.entityManager.createNativeQuery("update " + table + " set report_id = :into where report_id = :folded")
				.setParameter("into", into.value())
				.setParameter("folded", folded.value())
				.executeUpdate();
		}
		this.reports.delete(entity);
		this.reports.flush();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<Report> forTask(TaskId task, ReportingPeriodId period) {
		return read("select r.* from report r where r.task_id = ? and r.period_id = ? order by r.kind, r.unit_id",
				task.value(), period.value());
	}

	@Override
	@Transactional
	public Report save(Report report) {
		ReportEntity entity = (report.id() == null) ? new ReportEntity()
				: Versions.loadForEdit(this.reports, "report", report.id().value(), report.version(), (e) -> e.version);
		entity.taskId = report.taskId().value();
		entity.periodId = report.periodId().value();
		entity.unitId = report.unitId().value();
		entity.kind = report.kind();
		ReportContent content = report.content();
		entity.progress = content.progress();
		entity.status = content.status();
		entity.problems = content.problems();
		entity.nextSteps = content.nextSteps();
		entity.explanation = content.explanation();
		entity.state = report.state();
		entity.reviewComment = report.reviewComment();
		entity.submittedAt = report.submittedAt();
		entity.figures.clear();
		content.figures().forEach((f) -> entity.figures.add(toEmbeddable(f)));
		try {
			ReportEntity saved = Versions.saveAndFlush(this.reports, entity, "report", entity.id);
			Report result = toDomain(saved);
			this.entityManager.detach(saved);
			return result;
		}
		catch (DataIntegrityViolationException ex) {
			// another request started the same unit's report on the task first
			throw new StaleEditException("report", report.taskId() + "/" + report.unitId(), ex);
		}
	}

	@Override
	@Transactional
	public void record(ReportEvent event) {
		ReportEventEntity e = new ReportEventEntity();
		e.reportId = event.reportId().value();
		e.kind = event.kind();
		e.at = event.at();
		e.actor = event.actor();
		ReportContent content = event.content();
		e.progress = content.progress();
		e.status = content.status();
		e.problems = content.problems();
		e.nextSteps = content.nextSteps();
		e.explanation = content.explanation();
		e.figures = content.figures().stream().map(JpaReports::encode).collect(Collectors.joining(";"));
		e.comment = event.comment();
		this.events.save(e);
	}

	@Override
	public List<ReportEvent> history(ReportId report) {
		return this.events.findByReportIdOrderByAtAscIdAsc(report.value())
			.stream()
			.map((e) -> new ReportEvent(report, e.kind, e.at, e.actor,
					new ReportContent(e.progress, decode(e.figures), e.status, e.problems, e.nextSteps, e.explanation),
					e.comment))
			.toList();
	}

	private static String encode(Figure figure) {
		return Arrays.asList(figure.value(), figure.numerator(), figure.denominator())
			.stream()
			.map(NumberText::of)
			.collect(Collectors.joining(","));
	}

	private static List<Figure> decode(String figures) {
		List<Figure> decoded = new ArrayList<>();
		if (figures.isEmpty()) {
			return decoded;
		}
		for (String figure : figures.split(";", -1)) {
			String[] parts = figure.split(",", -1);
			decoded.add(new Figure(number(parts[0]), number(parts[1]), number(parts[2])));
		}
		return decoded;
	}

	private static BigDecimal number(String text) {
		return text.isEmpty() ? null : new BigDecimal(text);
	}

	private static FigureEmbeddable toEmbeddable(Figure figure) {
		FigureEmbeddable e = new FigureEmbeddable();
		e.given = figure.isGiven();
		e.value = figure.value();
		e.numerator = figure.numerator();
		e.denominator = figure.denominator();
		return e;
	}

	private static Report toDomain(ReportEntity e) {
		List<Figure> figures = e.figures.stream()
			.map((f) -> (f == null) ? Figure.none() : new Figure(f.value, f.numerator, f.denominator))
			.toList();
		ReportContent content = new ReportContent(e.progress, figures, e.status, e.problems, e.nextSteps,
				e.explanation);
		return new Report(new ReportId(e.id), new TaskId(e.taskId), new ReportingPeriodId(e.periodId),
				new UnitId(e.unitId), e.kind, content, e.state, e.reviewComment, e.submittedAt, e.version);
	}

}
