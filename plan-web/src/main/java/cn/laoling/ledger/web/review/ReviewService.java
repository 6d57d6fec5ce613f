package cn.laoling.ledger.web.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Recipient;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanHead;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetYears;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Assessment;
import cn.laoling.ledger.report.Evidence;
import cn.laoling.ledger.report.EvidenceFiles;
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportId;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.report.TargetProgress;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.audit.AuditSubject;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.notification.NotificationService;
import cn.laoling.ledger.web.plan.TaskRows;
import cn.laoling.ledger.web.report.EvidenceDownload;
import cn.laoling.ledger.web.report.ReportingService;
import cn.laoling.ledger.web.report.Shares;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.ShortText;
import cn.laoling.ledger.web.support.TargetText;

/**
 * 报送审核: the office accepts the lead units' consolidated reports, which then set the
 * task's status, or returns them with a comment.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('OFFICE')")
public class ReviewService {

	private final Plans plans;

	private final Tasks tasks;

	private final Reports reports;

	private final ReportingPeriods periods;

	private final Units units;

	private final TaskRows rows;

	private final TargetText targetText;

	private final AuditTrail audit;

	private final Clock clock;

	private final EvidenceFiles evidence;

	private final LightRules rules;

	private final NotificationService notifications;

	private final Shares shares;

	ReviewService(Plans plans, Tasks tasks, Reports reports, ReportingPeriods periods, Units units, TaskRows rows,
			TargetText targetText, AuditTrail audit, Clock clock, EvidenceFiles evidence, LightRules rules,
			NotificationService notifications, Shares shares) {
		this.shares = shares;
		this.rules = rules;
		this.notifications = notifications;
		this.evidence = evidence;
		this.plans = plans;
		this.tasks = tasks;
		this.reports = reports;
		this.periods = periods;
		this.units = units;
		this.rows = rows;
		this.targetText = targetText;
		this.audit = audit;
		this.clock = clock;
	}

	/** The submitted consolidated reports of the office's plans, oldest first. */
	public List<ReviewItem> queue(Viewer viewer) {
		Map<PlanId, PlanHead> plans = reviewedPlans(viewer);
		List<Report> waiting = waitingIn(plans.keySet());
		Map<UnitId, String> names = names(waiting.stream().map(Report::unitId).toList());
		List<ReviewItem> items = new ArrayList<>();
		for (Report report : waiting) {
			Task task = this.tasks.findById(report.taskId()).orElseThrow();
			ReportingPeriod period = this.periods.findById(report.periodId()).orElseThrow();
			items.add(new ReviewItem(report.id().value(), plans.get(task.planId()).title(), task.number().value(),
					task.text(), names.get(report.unitId()), period.quarter(),
					LocalDateTime.ofInstant(report.submittedAt(), this.clock.getZone())));
		}
		return items;
	}

	/**
	 * How many reports wait in the office's queue: the figure the navigation and the
	 * queue show.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public int waiting(Viewer viewer) {
		return this.reports.countInPlans(reviewedPlans(viewer).keySet(), ReportKind.CONSOLIDATED,
				ReportState.SUBMITTED);
	}

	/**
	 * The office's plans whose reports it reviews: a draft has none, a void plan's stay
	 * as they were.
	 */
	private Map<PlanId, PlanHead> reviewedPlans(Viewer viewer) {
		return this.plans.headsIn(List.of(viewer.homeRegion()))
			.stream()
			.filter((p) -> p.status().isBinding())
			.collect(Collectors.toMap(PlanHead::id, Function.identity()));
	}

	private List<Report> waitingIn(Collection<PlanId> plans) {
		return this.reports.inPlans(plans, ReportKind.CONSOLIDATED, ReportState.SUBMITTED);
	}

	public ReviewPage page(Viewer viewer, ReportId id) {
		Scope scope = scope(viewer, id);
		Report report = scope.report();
		List<Target> targets = scope.task().targets();
		LocalDate today = LocalDate.now(this.clock);
		List<BigDecimal> actuals = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			actuals.add(report.content().figure(i).amount());
		}
		Assessment assessment = Assessment.of(scope.task(), actuals, report.content().status(), false,
				scope.plan().period(), today, this.rules);
		List<ReviewPage.FigureLine> figures = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			BigDecimal actual = actuals.get(i);
			TargetYears.Yardstick yardstick = scope.task().yardstick(i, scope.plan().period(), today);
			TargetProgress progress = TargetProgress.of(yardstick, (actual == null) ? yardstick.from() : actual, today,
					this.rules);
			figures.add(new ReviewPage.FigureLine(this.targetText.of(yardstick), yardstick.counted(actual),
					progress.expected(), (actual == null) ? null : progress.standing()));
		}
		return new ReviewPage(report.id().value(), report.version(), report.state(), this.rows.of(scope.task(), viewer),
				scope.plan().title(), names(List.of(report.unitId())).get(report.unitId()), scope.period().quarter(),
				report.content(), figures, assessment.light(), history(id), this.evidence.of(id), partEvidence(report),
				this.shares.tables(scope.task(), scope.plan().period(), this.shares.of(scope.task()),
						this.shares.latestParts(scope.task(), report.periodId()), today));
	}

	private List<ReviewPage.HistoryLine> history(ReportId id) {
		return this.reports.history(id)
			.stream()
			.map((e) -> new ReviewPage.HistoryLine(LocalDateTime.ofInstant(e.at(), this.clock.getZone()), e.kind(),
					e.actor(), e.content().progress(), e.comment()))
			.toList();
	}

	/**
	 * A file of the report, or of a responsible unit's submitted part of the same task
	 * and period.
	 */
	public EvidenceDownload evidence(Viewer viewer, ReportId id, long evidenceId) {
		Scope scope = scope(viewer, id);
		Report report = scope.report();
		List<Report> readable = new ArrayList<>(List.of(report));
		readable.addAll(submittedParts(report));
		for (Report holder : readable) {
			Optional<Evidence> file = this.evidence.of(holder.id())
				.stream()
				.filter((e) -> e.id() == evidenceId)
				.findFirst();
			if (file.isPresent()) {
				this.audit.now(AuditType.EVIDENCE_DOWNLOADED, subject(scope, report), AuditOutcome.SUCCESS,
						this.audit.changes().value("evidence.file", file.get().fileName()).toString());
				return new EvidenceDownload(file.get(), this.evidence.content(holder.id(), evidenceId).orElseThrow());
			}
		}
		throw new NotFoundException("evidence", evidenceId);
	}

	private List<Report> submittedParts(Report report) {
		return this.reports.forTask(report.taskId(), report.periodId())
			.stream()
			.filter((r) -> r.kind() == ReportKind.PART && !r.isEditable())
			.toList();
	}

	private List<ReviewPage.PartEvidence> partEvidence(Report report) {
		List<Report> parts = submittedParts(report);
		Map<UnitId, String> unitNames = names(parts.stream().map(Report::unitId).toList());
		List<ReviewPage.PartEvidence> files = new ArrayList<>();
		parts.forEach((part) -> this.evidence.of(part.id())
			.forEach((e) -> files.add(new ReviewPage.PartEvidence(unitNames.get(part.unitId()), e))));
		return files;
	}

	/** Accepts the report; the task takes the status it reports. */
	@Transactional
	public void accept(Viewer viewer, ReportId id, long seenVersion) {
		Scope scope = scope(viewer, id);
		Report report = current(scope, seenVersion);
		report.accept(scope.period());
		Report saved = this.reports.save(report);
		this.reports.record(ReportEvent.of(saved, ReportEvent.Kind.ACCEPTED, this.clock.instant(), viewer.username()));
		Task task = scope.task();
		task.markStatus(saved.content().status());
		this.tasks.save(task);
		this.audit.change(AuditType.REPORT_ACCEPTED, subject(scope, saved), "");
		announce(scope, "handoff.accepted", "");
	}

	@Transactional
	public void returnWith(Viewer viewer, ReportId id, long seenVersion, String comment) {
		Scope scope = scope(viewer, id);
		Report report = current(scope, seenVersion);
		report.returnWith(scope.period(), comment);
		Report saved = this.reports.save(report);
		this.reports.record(ReportEvent.of(saved, ReportEvent.Kind.RETURNED, this.clock.instant(), viewer.username()));
		this.audit.change(AuditType.REPORT_RETURNED, subject(scope, saved), comment);
		announce(scope, "handoff.returned", saved.reviewComment());
	}

	/** The lead unit whose report it is learns how the review ended. */
	private void announce(Scope scope, String code, String comment) {
		Task task = scope.task();
		this.notifications.announce(Recipient.unit(scope.report().unitId()), NotificationKind.REPORT,
				ReportingService.reportLink(task.id(), scope.period().id()), code, task.number().value(),
				ShortText.of(task.text()), scope.plan().title(), NotificationService.quarter(scope.period().quarter()),
				comment);
	}

	/**
	 * 销号: closes the task as done, only when its latest accepted report says it is done
	 * and carries evidence.
	 */
	@Transactional
	public void closeOut(Viewer viewer, TaskId id, long seenVersion) {
		Task task = ownTask(viewer, id, seenVersion);
		Report accepted = this.reports.latestAccepted(List.of(id))
			.values()
			.stream()
			.filter((r) -> r.content().status() == TaskStatus.COMPLETED)
			.findFirst()
			.orElseThrow(() -> new DomainRuleException("task.closeOut.notReportedDone",
					"task " + id + " has no accepted report saying it is done"));
		if (this.evidence.of(accepted.id()).isEmpty()) {
			throw new DomainRuleException("task.closeOut.noEvidence", "report " + accepted.id() + " has no evidence");
		}
		task.closeOut();
		this.tasks.save(task);
		this.audit.change(AuditType.TASK_CLOSED_OUT, subject(task), "");
	}

	@Transactional
	public void reopenTask(Viewer viewer, TaskId id, long seenVersion) {
		Task task = ownTask(viewer, id, seenVersion);
		task.reopen();
		this.tasks.save(task);
		this.audit.change(AuditType.TASK_REOPENED, subject(task), "");
	}

	private AuditSubject subject(Scope scope, Report report) {
		return this.audit.names()
			.report(report.id(), names(List.of(report.unitId())).get(report.unitId()), scope.period().quarter(),
					scope.task(), scope.plan().title());
	}

	private AuditSubject subject(Task task) {
		return this.audit.names().task(task, this.plans.findById(task.planId()).map(Plan::title).orElse(""));
	}

	private Task ownTask(Viewer viewer, TaskId id, long seenVersion) {
		Task task = this.tasks.findById(id).orElseThrow(() -> new NotFoundException("task", id.value()));
		this.plans.findById(task.planId())
			.filter((p) -> p.regionId().equals(viewer.homeRegion()))
			.orElseThrow(() -> new NotFoundException("task", id.value()));
		if (task.version() != seenVersion) {
			throw new StaleEditException("task", id, seenVersion, task.version());
		}
		return task;
	}

	private static Report current(Scope scope, long seenVersion) {
		if (scope.report().version() != seenVersion) {
			throw new StaleEditException("report", scope.report().id(), seenVersion, scope.report().version());
		}
		return scope.report();
	}

	/**
	 * A consolidated report on a task of the office's region; anything else does not
	 * exist for it.
	 */
	private Scope scope(Viewer viewer, ReportId id) {
		Report report = this.reports.findById(id)
			.filter((r) -> r.kind() == ReportKind.CONSOLIDATED)
			.orElseThrow(() -> new NotFoundException("report", id.value()));
		Task task = this.tasks.findById(report.taskId()).orElseThrow(() -> new NotFoundException("report", id.value()));
		Plan plan = this.plans.findById(task.planId())
			.filter((p) -> p.regionId().equals(viewer.homeRegion()))
			.orElseThrow(() -> new NotFoundException("report", id.value()));
		ReportingPeriod period = this.periods.findById(report.periodId()).orElseThrow();
		return new Scope(report, task, plan, period);
	}

	private Map<UnitId, String> names(List<UnitId> ids) {
		return this.units.namesOf(ids);
	}

	private record Scope(Report report, Task task, Plan plan, ReportingPeriod period) {
	}

}
