package cn.laoling.ledger.web.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Recipient;
import cn.laoling.ledger.plan.PlanHead;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Consolidation;
import cn.laoling.ledger.report.Evidence;
import cn.laoling.ledger.report.EvidenceFiles;
import cn.laoling.ledger.report.EvidenceKind;
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportChase;
import cn.laoling.ledger.report.ReportChases;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportDuty;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.ReportingRole;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.NumberText;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Groups;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.audit.AuditSubject;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.notification.NotificationService;
import cn.laoling.ledger.web.plan.TaskRows;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.AfterCommit;
import cn.laoling.ledger.web.support.ShortText;
import cn.laoling.ledger.web.support.TargetText;

/**
 * 进度报送 for liaisons: the tasks their unit reports on this period, and the report form of
 * one task — a draft saved any time, a complete report submitted.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('LIAISON')")
public class ReportingService {

	private final Plans plans;

	private final Tasks tasks;

	private final ReportingPeriods periods;

	private final Reports reports;

	private final Units units;

	private final TaskRows rows;

	private final TargetText targetText;

	private final AuditTrail audit;

	private final Clock clock;

	private final EvidenceFiles evidence;

	private final ReportChases chases;

	private final NotificationService notifications;

	private final Counter submitted;

	private final Shares shares;

	ReportingService(Plans plans, Tasks tasks, ReportingPeriods periods, Reports reports, Units units, TaskRows rows,
			TargetText targetText, AuditTrail audit, Clock clock, EvidenceFiles evidence, ReportChases chases,
			NotificationService notifications, MeterRegistry meters, Shares shares) {
		this.shares = shares;
		this.submitted = Counter.builder("ledger.reports.submitted")
			.description("Reports (a unit's part or a task's report) submitted, counted once committed")
			.register(meters);
		this.evidence = evidence;
		this.chases = chases;
		this.notifications = notifications;
		this.plans = plans;
		this.tasks = tasks;
		this.periods = periods;
		this.reports = reports;
		this.units = units;
		this.rows = rows;
		this.targetText = targetText;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * 我的待办: overdue reports first, then by due date. Read at once for every plan (a
	 * liaison's unit may work on many): the tasks naming the unit or its groups, the
	 * periods of their plans and the unit's reports in the running ones.
	 */
	public List<WorkItem> myWork(Viewer viewer) {
		return myWork(viewer, true);
	}

	/**
	 * @param withQuotas whether to write out the unit's quotas: the page shows them, the
	 * navigation's badge (on every page) does not
	 */
	private List<WorkItem> myWork(Viewer viewer, boolean withQuotas) {
		UnitId unit = unitOf(viewer);
		LocalDate today = LocalDate.now(this.clock);
		Map<PlanId, PlanHead> plans = this.plans.headsIn(viewer.regions())
			.stream()
			.filter((plan) -> plan.status().isWorkedOn())
			.collect(Collectors.toMap(PlanHead::id, Function.identity()));
		List<Task> found = this.tasks.naming(viewer.ownUnits())
			.stream()
			.filter((task) -> plans.containsKey(task.planId()) && !task.isDone())
			.toList();
		Map<PlanId, List<ReportingPeriod>> periods = this.periods
			.bearingOn(found.stream().map(Task::planId).collect(Collectors.toSet()), today);
		Map<PlanId, ReportingPeriod> current = new HashMap<>();
		// the period a plan reports in today, while it is open
		periods.forEach((plan, all) -> ReportingPeriod.onDay(all, plans.get(plan).period(), today)
			.filter(ReportingPeriod::isOpen)
			.ifPresent((period) -> current.put(plan, period)));
		List<Report> own = this.reports.ofUnit(unit,
				current.values().stream().map(ReportingPeriod::id).collect(Collectors.toSet()));
		Map<TaskId, List<TargetSplit>> splits = withQuotas ? this.shares.of(found) : Map.of();
		List<WorkItem> items = new ArrayList<>();
		for (Task task : found) {
			ReportingPeriod period = current.get(task.planId());
			Optional<ReportKind> kind = ReportingRole.of(task, unit, viewer.ownUnits());
			if (period == null || kind.isEmpty()) {
				continue;
			}
			ReportState state = own(own, task, unit, kind.get()).map(Report::state).orElse(null);
			PlanHead plan = plans.get(task.planId());
			items.add(new WorkItem(task.id().value(), task.number().value(), task.text(), plan.id().value(),
					plan.title(), period.id().value(), period.quarter(), period.dueDate(), period.daysToDue(today),
					kind.get(), state, quotasOf(task, splits.getOrDefault(task.id(), List.of()), unit)));
		}
		items.sort(Comparator.comparing(WorkItem::isDone)
			.thenComparing((WorkItem w) -> !w.isOverdue())
			.thenComparing(WorkItem::dueDate));
		return items;
	}

	/** The unit's quotas of the task's split targets, written out. */
	private static List<String> quotasOf(Task task, List<TargetSplit> splits, UnitId unit) {
		List<String> quotas = new ArrayList<>();
		for (TargetSplit split : splits) {
			Target target = task.targets().get(split.target());
			split.quotaOf(unit)
				.ifPresent(
						(amount) -> quotas.add(target.counted() + NumberText.of(amount) + target.measure().symbol()));
		}
		return quotas;
	}

	/**
	 * What waits for the liaison's unit in 我的待办: reports of the current periods not yet
	 * submitted, and reports returned to it. The navigation's badges and the page show
	 * these figures.
	 */
	public Due due(Viewer viewer) {
		List<WorkItem> items = myWork(viewer, false);
		int returned = (int) items.stream().filter((w) -> w.state() == ReportState.RETURNED).count();
		int open = (int) items.stream().filter((w) -> !w.isDone()).count();
		return new Due(open - returned, returned);
	}

	/**
	 * Reports waiting for a unit.
	 *
	 * @param toSubmit not written or a draft, still to be submitted
	 * @param returned returned by the office (or, for a part, never), to be corrected
	 */
	public record Due(int toSubmit, int returned) {
	}

	public ReportPage page(Viewer viewer, TaskId taskId, ReportingPeriodId periodId) {
		Scope scope = scope(viewer, taskId, periodId);
		return page(viewer, scope, this.reports.forTask(taskId, periodId));
	}

	/** The report page and the form on it, as the unit last saved it. */
	public Opened open(Viewer viewer, TaskId taskId, ReportingPeriodId periodId) {
		Scope scope = scope(viewer, taskId, periodId);
		List<Report> reports = this.reports.forTask(taskId, periodId);
		int targets = scope.task().targets().size();
		ReportForm form = own(reports, scope.task(), scope.unit(), scope.kind())
			.map((r) -> ReportForm.of(paddedTo(r.content(), targets), r.version()))
			.orElseGet(() -> ReportForm.of(ReportContent.empty(targets), -1));
		return new Opened(form, page(viewer, scope, reports));
	}

	/**
	 * @param form what the unit wrote, to go on with
	 * @param page the task, the period and what the other units sent
	 */
	public record Opened(ReportForm form, ReportPage page) {
	}

	/**
	 * @param periodReports the reports of every unit on the task in the period
	 */
	private ReportPage page(Viewer viewer, Scope scope, List<Report> periodReports) {
		Optional<Report> report = own(periodReports, scope.task(), scope.unit(), scope.kind());
		List<ReportPage.Part> parts = new ArrayList<>();
		List<Figure> sums = List.of();
		List<ReportPage.Missing> missing = List.of();
		if (scope.kind() == ReportKind.CONSOLIDATED) {
			missing = missingParts(scope, periodReports);
			List<Report> submitted = periodReports.stream().filter((r) -> r.kind() == ReportKind.PART).toList();
			Map<UnitId, String> names = this.units
				.findAllById(submitted.stream().map(Report::unitId).collect(Collectors.toSet()))
				.stream()
				.collect(Collectors.toMap(Unit::id, (u) -> u.name().value()));
			submitted.forEach((r) -> parts.add(new ReportPage.Part(names.get(r.unitId()), r.state(),
					r.isEditable() ? null : r.content().progress(), r.content().figures())));
			sums = Consolidation.sum(scope.task().targets(),
					submitted.stream().filter((r) -> !r.isEditable()).map(Report::content).toList());
		}
		List<TargetSplit> splits = this.shares.of(scope.task());
		List<ShareTable> tables = splits.isEmpty() ? List.of() : this.shares.tables(scope.task(), scope.plan().period(),
				splits, this.shares.latestParts(scope.task(), scope.period().id()), LocalDate.now(this.clock));
		if (!sums.isEmpty()) {
			// a split target sums what its report keeps: each quota holder's latest part
			List<Figure> split = new ArrayList<>(sums);
			tables.forEach(
					(t) -> split.set(t.position(), (t.reported() == null) ? Figure.none() : Figure.of(t.reported())));
			sums = split;
		}
		List<ReportPage.TargetLine> targets = targetLines(scope, splits, tables);
		if (scope.kind() == ReportKind.PART) {
			tables = ShareTable.ownedBy(tables, List.of(scope.unit()));
		}
		ReportingPeriod period = scope.period();
		return new ReportPage(this.rows.of(scope.task(), viewer), scope.plan().title(), period.id().value(),
				period.quarter(), period.dueDate(), closed(scope), scope.kind(), report.map(Report::state).orElse(null),
				report.map(Report::reviewComment).orElse(null), targets, parts, sums,
				report.map((r) -> this.evidence.of(r.id())).orElse(List.of()), report.map(Report::version).orElse(-1L),
				missing, tables);
	}

	private List<ReportPage.TargetLine> targetLines(Scope scope, List<TargetSplit> splits, List<ShareTable> tables) {
		List<Target> all = scope.task().targets();
		List<Boolean> typed = Consolidation.typed(all, splits, scope.unit(), scope.kind());
		List<ReportPage.TargetLine> lines = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			int position = i;
			Optional<TargetSplit> split = TargetSplit.of(splits, i);
			Optional<ShareTable.Row> own = tables.stream()
				.filter((t) -> t.position() == position)
				.flatMap((t) -> t.rows().stream())
				.filter((r) -> r.unitId() == scope.unit().value())
				.findFirst();
			BigDecimal sum = (scope.kind() == ReportKind.CONSOLIDATED) ? tables.stream()
				.filter((t) -> t.position() == position)
				.findFirst()
				.map(ShareTable::reported)
				.orElse(null) : null;
			lines.add(new ReportPage.TargetLine(this.targetText.of(all.get(i)), all.get(i).isRate(), typed.get(i),
					split.isPresent(), own.map(ShareTable.Row::quota).orElse(null),
					own.map(ShareTable.Row::expected).orElse(null), sum));
		}
		return lines;
	}

	/**
	 * The responsible units that have not submitted their part of the period, with the
	 * day each was last chased.
	 */
	private List<ReportPage.Missing> missingParts(Scope scope, List<Report> periodReports) {
		List<ReportDuty> owed = ReportDuty.partsMissing(scope.task(), unitsOf(scope.task()), periodReports);
		Map<UnitId, String> names = this.units.namesOf(owed.stream().map(ReportDuty::unit).toList());
		Map<UnitId, LocalDate> chased = new HashMap<>();
		this.chases.of(scope.task().id(), scope.period().id()).forEach((c) -> chased.putIfAbsent(c.unit(), c.on()));
		return owed.stream()
			.map((d) -> new ReportPage.Missing(d.unit().value(), names.get(d.unit()), chased.get(d.unit())))
			.toList();
	}

	/** The units the task names, groups with their members. */
	private Function<UnitId, Optional<Unit>> unitsOf(Task task) {
		List<UnitId> named = new ArrayList<>(task.leadUnits());
		named.addAll(task.responsibleUnits());
		return Groups.known(this.units.findAllById(named));
	}

	/**
	 * 催报: the lead unit asks a responsible unit that has not submitted its part of the
	 * period for it, in the unit's notification centre (and by e-mail). Recorded and
	 * audited; a unit is chased about the task's period once a day.
	 * @throws DomainRuleException when the unit was chased today already, has submitted
	 * its part, or the period is closed
	 */
	@Transactional
	public void chase(Viewer viewer, TaskId taskId, ReportingPeriodId periodId, UnitId unit) {
		Scope scope = scope(viewer, taskId, periodId);
		if (scope.kind() != ReportKind.CONSOLIDATED) {
			throw new NotFoundException("task", taskId.value());
		}
		requireWorkedOn(scope.plan());
		Function<UnitId, Optional<Unit>> known = unitsOf(scope.task());
		if (ReportDuty.of(scope.task(), known)
			.stream()
			.noneMatch((d) -> d.kind() == ReportKind.PART && d.unit().equals(unit))) {
			throw new NotFoundException("unit", unit.value());
		}
		scope.period().requireOpen();
		if (ReportDuty.partsMissing(scope.task(), known, this.reports.forTask(taskId, periodId))
			.stream()
			.noneMatch((d) -> d.unit().equals(unit))) {
			throw new DomainRuleException("report.chase.reported", "unit " + unit + " has submitted its part");
		}
		if (!this.chases.record(new ReportChase(taskId, periodId, unit, LocalDate.now(this.clock), viewer.username(),
				this.clock.instant()))) {
			throw new DomainRuleException("report.chase.today", "unit " + unit + " was chased today");
		}
		Task task = scope.task();
		Map<UnitId, String> names = this.units.namesOf(List.of(scope.unit(), unit));
		this.notifications.announce(Recipient.unit(unit), NotificationKind.CHASE, reportLink(taskId, periodId),
				"handoff.chase", names.get(scope.unit()), task.number().value(), ShortText.of(task.text()),
				scope.plan().title(), NotificationService.quarter(scope.period().quarter()),
				scope.period().dueDate().toString());
		this.audit.change(AuditType.REPORT_CHASED, this.audit.names().task(task, scope.plan().title()),
				this.audit.changes()
					.note("audit.report.chased", names.get(unit), NotificationService.quarter(scope.period().quarter()))
					.toString());
	}

	private AuditSubject subject(Scope scope, Report report) {
		return this.audit.names()
			.report(report.id(), this.units.namesOf(List.of(scope.unit())).get(scope.unit()), scope.period().quarter(),
					scope.task(), scope.plan().title());
	}

	/** The report page of a task's period: where a liaison writes or reads it. */
	public static String reportLink(TaskId task, ReportingPeriodId period) {
		return "/tasks/" + task.value() + "/reports/" + period.value();
	}

	/**
	 * Saves the form as a draft, or submits it.
	 * @throws cn.laoling.ledger.report.ReportRejected when a submission is not complete
	 * @throws StaleEditException when someone saved the report since the form was opened
	 */
	@Transactional
	public void save(Viewer viewer, TaskId taskId, ReportingPeriodId periodId, ReportForm form, boolean submit) {
		Scope scope = scope(viewer, taskId, periodId);
		requireWorkedOn(scope.plan());
		List<Target> targets = scope.task().targets();
		Optional<Report> existing = own(scope.task(), scope.period(), scope.unit(), scope.kind());
		long current = existing.map(Report::version).orElse(-1L);
		if (current != form.getVersion()) {
			throw new StaleEditException("report", taskId + "/" + periodId, form.getVersion(), current);
		}
		Report report = existing
			.orElseGet(() -> Report.start(taskId, scope.period(), scope.unit(), scope.kind(), targets.size()));
		while (form.getFigures().size() < targets.size()) {
			form.getFigures().add(new FigureRow());
		}
		List<TargetSplit> splits = this.shares.of(scope.task());
		ReportContent content = form.content(targets.size());
		if (!splits.isEmpty()) {
			content = Consolidation.kept(content, targets, splits, scope.unit(), scope.kind(),
					(scope.kind() == ReportKind.CONSOLIDATED) ? this.shares.latestParts(scope.task(), periodId)
							: Map.of());
		}
		if (submit) {
			int files = (report.id() == null) ? 0 : this.evidence.of(report.id()).size();
			report.submit(scope.period(), content, targets,
					Consolidation.typed(targets, splits, scope.unit(), scope.kind()), previous(scope), files,
					this.clock.instant());
		}
		else {
			report.saveDraft(scope.period(), content);
		}
		Report saved = this.reports.save(report);
		if (submit) {
			this.reports
				.record(ReportEvent.of(saved, ReportEvent.Kind.SUBMITTED, this.clock.instant(), viewer.username()));
			this.audit.change(AuditType.REPORT_SUBMITTED, subject(scope, saved), "");
			announceSubmitted(scope, saved);
			AfterCommit.run(this.submitted::increment);
		}
		else {
			this.audit.change(AuditType.REPORT_DRAFT_SAVED, subject(scope, saved), "");
		}
	}

	/**
	 * A part goes to the lead unit that consolidates the task, a consolidated report to
	 * the office of the plan's region.
	 */
	private void announceSubmitted(Scope scope, Report saved) {
		Task task = scope.task();
		Object[] about = { this.units.namesOf(List.of(scope.unit())).get(scope.unit()), task.number().value(),
				ShortText.of(task.text()), scope.plan().title(),
				NotificationService.quarter(scope.period().quarter()) };
		if (scope.kind() == ReportKind.PART) {
			this.notifications.announce(Recipient.unit(task.leadUnits().get(0)), NotificationKind.REPORT,
					reportLink(task.id(), scope.period().id()), "handoff.part", about);
		}
		else {
			this.notifications.announce(Recipient.office(scope.plan().regionId()), NotificationKind.REPORT,
					"/review/" + saved.id().value(), "handoff.report", about);
		}
	}

	/**
	 * Keeps a file with the unit's report, starting a draft if there is none yet.
	 * @throws EvidenceRefused when the file is not an accepted kind, or the report is
	 * full
	 */
	@Transactional
	public Evidence addEvidence(Viewer viewer, TaskId taskId, ReportingPeriodId periodId, String fileName,
			byte[] content) {
		Scope scope = scope(viewer, taskId, periodId);
		EvidenceUpload.Result checked = EvidenceUpload.check(content);
		if (checked.problem() != null) {
			throw new EvidenceRefused(checked.problem());
		}
		Report report = own(scope.task(), scope.period(), scope.unit(), scope.kind()).orElseGet(() -> this.reports
			.save(Report.start(taskId, scope.period(), scope.unit(), scope.kind(), scope.task().targets().size())));
		requireEditable(scope, report);
		Evidence added = this.evidence
			.add(report.id(), checked.kind().fileName(fileName), checked.kind(), content, this.clock.instant(),
					viewer.username())
			.orElseThrow(() -> new EvidenceRefused("evidence.file.tooMany"));
		this.audit.change(AuditType.EVIDENCE_ADDED, subject(scope, report),
				this.audit.changes().value("evidence.file", added.fileName()).toString());
		return added;
	}

	@Transactional
	public void removeEvidence(Viewer viewer, TaskId taskId, ReportingPeriodId periodId, long evidenceId) {
		Scope scope = scope(viewer, taskId, periodId);
		Report report = own(scope.task(), scope.period(), scope.unit(), scope.kind())
			.orElseThrow(() -> new NotFoundException("evidence", evidenceId));
		requireEditable(scope, report);
		Evidence removed = this.evidence.of(report.id())
			.stream()
			.filter((e) -> e.id() == evidenceId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("evidence", evidenceId));
		if (!this.evidence.remove(report.id(), evidenceId)) {
			throw new NotFoundException("evidence", evidenceId);
		}
		this.audit.change(AuditType.EVIDENCE_REMOVED, subject(scope, report),
				this.audit.changes().value("evidence.file", removed.fileName()).toString());
	}

	/**
	 * A file of the unit's own report or, for the lead unit, of a part reported to it.
	 */
	public EvidenceDownload evidence(Viewer viewer, TaskId taskId, ReportingPeriodId periodId, long evidenceId) {
		Scope scope = scope(viewer, taskId, periodId);
		List<Report> readable = this.reports.forTask(taskId, periodId)
			.stream()
			.filter((r) -> (r.unitId().equals(scope.unit()) && r.kind() == scope.kind())
					|| (scope.kind() == ReportKind.CONSOLIDATED && r.kind() == ReportKind.PART && !r.isEditable()))
			.toList();
		for (Report report : readable) {
			Optional<byte[]> content = this.evidence.content(report.id(), evidenceId);
			if (content.isPresent()) {
				Evidence file = this.evidence.of(report.id())
					.stream()
					.filter((e) -> e.id() == evidenceId)
					.findFirst()
					.orElseThrow();
				this.audit.now(AuditType.EVIDENCE_DOWNLOADED, subject(scope, report), AuditOutcome.SUCCESS,
						this.audit.changes().value("evidence.file", file.fileName()).toString());
				return new EvidenceDownload(file, content.get());
			}
		}
		throw new NotFoundException("evidence", evidenceId);
	}

	/** A draft, closed or void plan is reported on no more. */
	/**
	 * Why the report can no longer be worked on, as a message code; {@code null} if it
	 * can.
	 */
	private static String closed(Scope scope) {
		if (!scope.plan().status().isWorkedOn()) {
			return "rule.plan.notWorkedOn";
		}
		return scope.period().isOpen() ? null : "report.periodClosed";
	}

	private static void requireWorkedOn(PlanHead plan) {
		if (!plan.status().isWorkedOn()) {
			throw new DomainRuleException("plan.notWorkedOn", "plan " + plan.id() + " is " + plan.status());
		}
	}

	private static void requireEditable(Scope scope, Report report) {
		requireWorkedOn(scope.plan());
		scope.period().requireOpen();
		if (!report.isEditable()) {
			throw new DomainRuleException("report.notEditable", "report " + report.id() + " is " + report.state());
		}
	}

	/**
	 * The figures a new report must not fall below without an explanation: the unit's
	 * last accepted ones, for a yearly target only within the year, never for a quarterly
	 * one.
	 */
	private List<Figure> previous(Scope scope) {
		Quarter quarter = scope.period().quarter();
		Optional<Report> last = this.reports.lastAcceptedBefore(scope.task().id(), scope.unit(), scope.kind(), quarter);
		if (last.isEmpty()) {
			return List.of();
		}
		Quarter before = this.periods.findById(last.get().periodId()).orElseThrow().quarter();
		List<Figure> figures = new ArrayList<>();
		for (int i = 0; i < scope.task().targets().size(); i++) {
			Recurrence recurrence = scope.task().targets().get(i).recurrence();
			boolean comparable = recurrence == Recurrence.ONCE
					|| (recurrence == Recurrence.PER_YEAR && before.year() == quarter.year());
			figures.add(comparable ? last.get().content().figure(i) : Figure.none());
		}
		return figures;
	}

	private Optional<Report> own(Task task, ReportingPeriod period, UnitId unit, ReportKind kind) {
		return own(this.reports.forTask(task.id(), period.id()), task, unit, kind);
	}

	private static Optional<Report> own(List<Report> reports, Task task, UnitId unit, ReportKind kind) {
		return reports.stream()
			.filter((r) -> r.taskId().equals(task.id()) && r.unitId().equals(unit) && r.kind() == kind)
			.findFirst();
	}

	/**
	 * The task, period and role of the viewer's unit; anything else does not exist for
	 * them.
	 */
	private Scope scope(Viewer viewer, TaskId taskId, ReportingPeriodId periodId) {
		UnitId unit = unitOf(viewer);
		Task task = this.tasks.findById(taskId)
			.filter(viewer::owns)
			.orElseThrow(() -> new NotFoundException("task", taskId.value()));
		PlanHead plan = this.plans.headOf(task.planId())
			.filter((p) -> viewer.maySee(p.regionId(), p.status()))
			.orElseThrow(() -> new NotFoundException("task", taskId.value()));
		ReportingPeriod period = this.periods.findById(periodId)
			.filter((p) -> p.planId().equals(plan.id()))
			.orElseThrow(() -> new NotFoundException("reporting period", periodId.value()));
		ReportKind kind = ReportingRole.of(task, unit, viewer.ownUnits())
			.orElseThrow(() -> new NotFoundException("task", taskId.value()));
		return new Scope(plan, task, period, unit, kind);
	}

	private static UnitId unitOf(Viewer viewer) {
		return viewer.unit().orElseThrow(() -> new NotFoundException("unit", viewer.username()));
	}

	/**
	 * A task given more targets since the report was written gets empty figures for them.
	 */
	private static ReportContent paddedTo(ReportContent content, int targets) {
		List<Figure> figures = new ArrayList<>(content.figures());
		while (figures.size() < targets) {
			figures.add(Figure.none());
		}
		return new ReportContent(content.progress(), figures.subList(0, targets), content.status(), content.problems(),
				content.nextSteps(), content.explanation());
	}

	private record Scope(PlanHead plan, Task task, ReportingPeriod period, UnitId unit, ReportKind kind) {
	}

}
