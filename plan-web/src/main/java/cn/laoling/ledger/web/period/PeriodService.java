package cn.laoling.ledger.web.period;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Completeness;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.audit.AuditSubject;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.plan.LedgerService;
import cn.laoling.ledger.web.security.Viewer;

/**
 * 报送期 of a plan for the office: due dates changed, periods closed and reopened (each
 * recorded), and how completely each unit reported in a period.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('OFFICE')")
public class PeriodService {

	private final LedgerService ledger;

	private final ReportingPeriods periods;

	private final Reports reports;

	private final Tasks tasks;

	private final Units units;

	private final AuditTrail audit;

	private final Clock clock;

	PeriodService(LedgerService ledger, ReportingPeriods periods, Reports reports, Tasks tasks, Units units,
			AuditTrail audit, Clock clock) {
		this.ledger = ledger;
		this.periods = periods;
		this.reports = reports;
		this.tasks = tasks;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param chosen the period to show completeness for; by default the one the plan is
	 * in today, else its first
	 */
	public PeriodsPage page(Viewer viewer, PlanId planId, Long chosen) {
		Plan plan = ownPlan(viewer, planId);
		List<ReportingPeriod> all = ReportingPeriod.within(this.periods.forPlan(planId), plan.period());
		LocalDate today = LocalDate.now(this.clock);
		ReportingPeriod period = all.stream()
			.filter((p) -> chosen != null && p.id().value() == chosen)
			.findFirst()
			.or(() -> ReportingPeriod.onDay(all, plan.period(), today))
			.orElse(all.isEmpty() ? null : all.get(0));
		List<PeriodsPage.UnitLine> lines = (period == null) ? List.of() : completeness(plan, period);
		return new PeriodsPage(this.ledger.summaryOf(plan), all, period, lines);
	}

	@Transactional
	public void changeDueDate(Viewer viewer, PlanId planId, ReportingPeriodId id, long version, LocalDate dueDate) {
		ReportingPeriod period = current(viewer, planId, id, version);
		if (dueDate == null) {
			throw new DomainRuleException("period.dueDateRequired", "a due date is required");
		}
		LocalDate before = period.dueDate();
		period.changeDueDate(dueDate);
		this.periods.save(period);
		this.audit.change(AuditType.PERIOD_CHANGED, subject(viewer, planId, period),
				this.audit.changes().field("periods.dueDate", before, dueDate).toString());
	}

	@Transactional
	public void close(Viewer viewer, PlanId planId, ReportingPeriodId id, long version) {
		ReportingPeriod period = current(viewer, planId, id, version);
		period.close();
		this.periods.save(period);
		this.audit.change(AuditType.PERIOD_CLOSED, subject(viewer, planId, period), "");
	}

	@Transactional
	public void reopen(Viewer viewer, PlanId planId, ReportingPeriodId id, long version) {
		ReportingPeriod period = current(viewer, planId, id, version);
		period.reopen();
		this.periods.save(period);
		this.audit.change(AuditType.PERIOD_REOPENED, subject(viewer, planId, period), "");
	}

	private List<PeriodsPage.UnitLine> completeness(Plan plan, ReportingPeriod period) {
		List<Task> all = this.tasks.find(TaskQuery.all(plan.id()));
		Map<UnitId, Unit> known = this.ledger.unitsNamedIn(all);
		return Completeness
			.of(all, (id) -> Optional.ofNullable(known.get(id)), this.reports.inPeriod(period.id()), period.dueDate(),
					this.clock.getZone())
			.stream()
			.map((c) -> new PeriodsPage.UnitLine(
					Optional.ofNullable(known.get(c.unit())).map((u) -> u.name().value()).orElse("?"), c.due(),
					c.onTime(), c.late(), c.missing()))
			.sorted(Comparator.comparing(PeriodsPage.UnitLine::missing).reversed())
			.toList();
	}

	private ReportingPeriod current(Viewer viewer, PlanId planId, ReportingPeriodId id, long version) {
		ownPlan(viewer, planId);
		ReportingPeriod period = this.periods.findById(id)
			.filter((p) -> p.planId().equals(planId))
			.orElseThrow(() -> new NotFoundException("reporting period", id.value()));
		if (period.version() != version) {
			throw new StaleEditException("reportingPeriod", id, version, period.version());
		}
		return period;
	}

	private AuditSubject subject(Viewer viewer, PlanId planId, ReportingPeriod period) {
		return this.audit.names().period(period.id(), period.quarter(), ownPlan(viewer, planId).title());
	}

	private Plan ownPlan(Viewer viewer, PlanId id) {
		return this.ledger.ownPlan(viewer, id);
	}

}
