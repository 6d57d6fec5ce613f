package cn.laoling.ledger.web.extension;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Recipient;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanHead;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.ExtensionRequest;
import cn.laoling.ledger.report.ExtensionRequestId;
import cn.laoling.ledger.report.ExtensionRequests;
import cn.laoling.ledger.report.ReportingRole;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.audit.AuditSubject;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.notification.NotificationService;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.PersonNames;
import cn.laoling.ledger.web.support.ShortText;

/**
 * 延期申请: a liaison of a task asks for a later date before it is due; the office grants it
 * (the task is due on the new date) or refuses it.
 */
@Service
@Transactional(readOnly = true)
public class ExtensionService {

	private final Plans plans;

	private final Tasks tasks;

	private final ExtensionRequests requests;

	private final Units units;

	private final AuditTrail audit;

	private final Clock clock;

	private final PersonNames people;

	private final NotificationService notifications;

	ExtensionService(Plans plans, Tasks tasks, ExtensionRequests requests, Units units, AuditTrail audit, Clock clock,
			PersonNames people, NotificationService notifications) {
		this.people = people;
		this.notifications = notifications;
		this.plans = plans;
		this.tasks = tasks;
		this.requests = requests;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The requests on a task the viewer may already open: a liaison reads only their own
	 * unit's, and may ask when their unit has a part in the task.
	 */
	public ExtensionPanel panel(Viewer viewer, Task task) {
		List<ExtensionRequest> all = this.requests.ofTask(task.id());
		List<ExtensionRequest> shown = all.stream()
			.filter((r) -> !viewer.isLiaison() || viewer.unit().map(r.unitId()::equals).orElse(false))
			.toList();
		boolean involved = viewer.isLiaison()
				&& viewer.unit().flatMap((unit) -> ReportingRole.of(task, unit, viewer.ownUnits())).isPresent();
		String notAskable = involved ? whyNot(task, all) : null;
		return new ExtensionPanel(lines(shown), involved && notAskable == null, notAskable);
	}

	private String whyNot(Task task, List<ExtensionRequest> all) {
		if (this.plans.findById(task.planId()).filter((p) -> p.status().isWorkedOn()).isEmpty()) {
			return "rule.plan.notWorkedOn";
		}
		if (task.isDone()) {
			return "rule.extension.taskDone";
		}
		if (LocalDate.now(this.clock).isAfter(task.dueDeadline().date())) {
			return "rule.extension.pastDue";
		}
		if (all.stream().anyMatch(ExtensionRequest::isPending)) {
			return "rule.extension.pending";
		}
		return null;
	}

	@Transactional
	@PreAuthorize("hasRole('LIAISON')")
	public void ask(Viewer viewer, TaskId taskId, ExtensionForm form) {
		UnitId unit = viewer.unit().orElseThrow(() -> new NotFoundException("task", taskId.value()));
		Task task = this.tasks.findById(taskId)
			.filter(viewer::owns)
			.filter((t) -> ReportingRole.of(t, unit, viewer.ownUnits()).isPresent())
			.filter((t) -> this.plans.findById(t.planId())
				.filter((p) -> p.status().isWorkedOn() && viewer.canSee(p.regionId()))
				.isPresent())
			.orElseThrow(() -> new NotFoundException("task", taskId.value()));
		if (this.requests.ofTask(taskId).stream().anyMatch(ExtensionRequest::isPending)) {
			throw new DomainRuleException("extension.pending", "task " + taskId + " has a request waiting");
		}
		ExtensionRequest request = this.requests.save(ExtensionRequest.ask(task, unit, form.getDate(), form.getReason(),
				LocalDate.now(this.clock), viewer.username(), this.clock.instant()));
		this.audit.change(AuditType.EXTENSION_REQUESTED, subject(task), changes(request));
		Plan plan = this.plans.findById(task.planId()).orElseThrow();
		this.notifications.announce(Recipient.office(plan.regionId()), NotificationKind.EXTENSION, "/review#extensions",
				"handoff.extension.asked", this.units.namesOf(List.of(unit)).get(unit), task.number().value(),
				ShortText.of(task.text()), plan.title(), request.originalDue().toString(),
				request.requestedDate().toString(), request.reason());
	}

	/** The requests waiting on the office's plans, oldest first. */
	@PreAuthorize("hasRole('OFFICE')")
	public List<PendingExtension> pending(Viewer viewer) {
		Map<PlanId, PlanHead> plans = officePlans(viewer);
		List<ExtensionRequest> waiting = this.requests.pendingIn(plans.keySet());
		List<ExtensionLine> lines = lines(waiting);
		List<PendingExtension> pending = new ArrayList<>();
		for (int i = 0; i < waiting.size(); i++) {
			Task task = this.tasks.findById(waiting.get(i).taskId()).orElseThrow();
			pending.add(new PendingExtension(lines.get(i), task.id().value(), task.number().value(), task.text(),
					plans.get(task.planId()).title()));
		}
		return pending;
	}

	/**
	 * How many requests wait for the office: the figure the navigation and the review
	 * page show.
	 */
	@PreAuthorize("hasRole('OFFICE')")
	@Transactional(propagation = Propagation.SUPPORTS)
	public int waiting(Viewer viewer) {
		return this.requests.countPendingIn(officePlans(viewer).keySet());
	}

	private Map<PlanId, PlanHead> officePlans(Viewer viewer) {
		return this.plans.headsIn(List.of(viewer.homeRegion()))
			.stream()
			.filter((p) -> p.status().isWorkedOn())
			.collect(Collectors.toMap(PlanHead::id, Function.identity()));
	}

	/** Grants the request: the task is due on the date asked for. */
	@Transactional
	@PreAuthorize("hasRole('OFFICE')")
	public void grant(Viewer viewer, ExtensionRequestId id, long seenVersion, String comment) {
		ExtensionRequest request = ownRequest(viewer, id, seenVersion);
		Task task = this.tasks.findById(request.taskId()).orElseThrow();
		request.grant(task, comment, viewer.username(), this.clock.instant());
		this.requests.save(request);
		this.tasks.save(task);
		this.audit.change(AuditType.EXTENSION_GRANTED, subject(task), changes(request));
		announceDecision(request, task, "handoff.extension.granted");
	}

	/** Refuses the request with a comment; the task stays due when it was. */
	@Transactional
	@PreAuthorize("hasRole('OFFICE')")
	public void refuse(Viewer viewer, ExtensionRequestId id, long seenVersion, String comment) {
		ExtensionRequest request = ownRequest(viewer, id, seenVersion);
		request.refuse(comment, viewer.username(), this.clock.instant());
		this.requests.save(request);
		Task task = this.tasks.findById(request.taskId()).orElseThrow();
		this.audit.change(AuditType.EXTENSION_REFUSED, subject(task), changes(request));
		announceDecision(request, task, "handoff.extension.refused");
	}

	private AuditSubject subject(Task task) {
		return this.audit.names().task(task, this.plans.findById(task.planId()).map(Plan::title).orElse(""));
	}

	/** The deadline asked for, as a change of the task's deadline. */
	private String changes(ExtensionRequest request) {
		return this.audit.changes().field("task.deadline", request.originalDue(), request.requestedDate()).toString();
	}

	/** The unit that asked learns the office's decision, on the task's page. */
	private void announceDecision(ExtensionRequest request, Task task, String code) {
		this.notifications.announce(Recipient.unit(request.unitId()), NotificationKind.EXTENSION,
				"/tasks/" + task.id().value(), code, task.number().value(), ShortText.of(task.text()),
				this.plans.findById(task.planId()).map(Plan::title).orElse(""), request.requestedDate().toString(),
				NotificationService.comment(request.comment()));
	}

	/** A request on a task of the office's region; any other does not exist for it. */
	private ExtensionRequest ownRequest(Viewer viewer, ExtensionRequestId id, long seenVersion) {
		ExtensionRequest request = this.requests.findById(id)
			.filter((r) -> this.tasks.findById(r.taskId())
				.flatMap((t) -> this.plans.findById(t.planId()))
				.filter((p) -> p.regionId().equals(viewer.homeRegion()))
				.isPresent())
			.orElseThrow(() -> new NotFoundException("extensionRequest", id.value()));
		if (request.version() != seenVersion) {
			throw new StaleEditException("extensionRequest", id, seenVersion, request.version());
		}
		return request;
	}

	private List<ExtensionLine> lines(List<ExtensionRequest> requests) {
		Map<UnitId, String> names = this.units.findAllById(requests.stream().map(ExtensionRequest::unitId).toList())
			.stream()
			.collect(Collectors.toMap(Unit::id, (u) -> u.name().value()));
		PersonNames.Named who = this.people.of(requests.stream()
			.flatMap((r) -> Stream.of(r.requestedBy(), r.decidedBy()))
			.filter(Objects::nonNull)
			.toList());
		return requests.stream()
			.map((r) -> new ExtensionLine(r.id().value(), names.get(r.unitId()), r.originalDue(), r.requestedDate(),
					r.reason(), who.of(r.requestedBy()), local(r.requestedAt()), r.state(),
					(r.decidedBy() == null) ? null : who.of(r.decidedBy()), local(r.decidedAt()), r.comment(),
					r.version()))
			.toList();
	}

	private LocalDateTime local(Instant at) {
		return (at == null) ? null : LocalDateTime.ofInstant(at, this.clock.getZone());
	}

}
