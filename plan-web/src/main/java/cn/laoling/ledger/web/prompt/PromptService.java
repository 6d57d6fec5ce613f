package cn.laoling.ledger.web.prompt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Recipient;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.prompt.PromptResponse;
import cn.laoling.ledger.prompt.WorkPrompt;
import cn.laoling.ledger.prompt.WorkPromptId;
import cn.laoling.ledger.prompt.WorkPrompts;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.notification.NotificationService;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormRejection;

/**
 * 专项工作提示: the office writes one to chosen units about chosen tasks of its region; each
 * unit is notified (and e-mailed when mail is configured), acknowledges it and answers
 * it; the office sees who has not. Leaders read them.
 */
@Service
@Transactional(readOnly = true)
public class PromptService {

	private final WorkPrompts prompts;

	private final Units units;

	private final Plans plans;

	private final Tasks tasks;

	private final NotificationService notifications;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	PromptService(WorkPrompts prompts, Units units, Plans plans, Tasks tasks, NotificationService notifications,
			MessageSource messages, AuditTrail audit, Clock clock) {
		this.prompts = prompts;
		this.units = units;
		this.plans = plans;
		this.tasks = tasks;
		this.notifications = notifications;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	public List<PromptViews.Row> list(Viewer viewer) {
		List<WorkPrompt> shown = viewer.isLiaison() ? this.prompts.toUnits(viewer.ownUnits())
				: this.prompts.inRegions(viewer.regions());
		LocalDate today = LocalDate.now(this.clock);
		return shown.stream().map((p) -> {
			List<PromptResponse> responses = this.prompts.responses(p.id());
			Optional<PromptResponse> own = viewer.isLiaison() ? own(viewer, responses) : Optional.empty();
			int acknowledged = (int) responses.stream().filter(PromptResponse::isAcknowledged).count();
			int answered = (int) responses.stream().filter(PromptResponse::isAnswered).count();
			boolean open = own.map((r) -> !r.isAnswered()).orElse(answered < responses.size());
			return new PromptViews.Row(p.id().value(), p.title(), p.respondBy(), responses.size(), acknowledged,
					answered, own.map(PromptResponse::isAcknowledged).orElse(null),
					own.map(PromptResponse::isAnswered).orElse(null), open && today.isAfter(p.respondBy()));
		}).toList();
	}

	/**
	 * The office's choices: its region's units and plans, and the chosen plan's tasks.
	 */
	public PromptViews.Choices choices(Viewer viewer, Long planId) {
		List<PromptViews.Option> unitOptions = this.units.findAllIn(List.of(viewer.homeRegion()))
			.stream()
			.map((u) -> new PromptViews.Option(u.id().value(), u.name().value()))
			.toList();
		List<Plan> own = this.plans.findAllIn(List.of(viewer.homeRegion()))
			.stream()
			.filter((p) -> p.status().isWorkedOn())
			.toList();
		List<PromptViews.Option> planOptions = own.stream()
			.map((p) -> new PromptViews.Option(p.id().value(), p.title()))
			.toList();
		List<PromptViews.Option> taskOptions = own.stream()
			.filter((p) -> planId != null && p.id().value() == planId)
			.findFirst()
			.map((p) -> this.tasks.find(TaskQuery.all(p.id()))
				.stream()
				.map((t) -> new PromptViews.Option(t.id().value(), t.number() + " " + t.text()))
				.toList())
			.orElse(List.of());
		return new PromptViews.Choices(unitOptions, planOptions, taskOptions);
	}

	/** Writes the prompt and notifies each unit. */
	@Transactional
	public WorkPromptId send(Viewer viewer, PromptForm form) {
		if (!allReal(form.getUnitIds())) {
			throw new FormRejection("unitIds", "prompt.units.unknown");
		}
		if (!allReal(form.getTaskIds())) {
			throw new FormRejection("taskIds", "prompt.tasks.unknown");
		}
		List<UnitId> chosenUnits = form.getUnitIds().stream().map(UnitId::new).toList();
		if (this.units.findAllById(chosenUnits).stream().anyMatch((u) -> !u.regionId().equals(viewer.homeRegion()))
				|| this.units.findAllById(chosenUnits).size() != chosenUnits.size()) {
			throw new FormRejection("unitIds", "prompt.units.unknown");
		}
		List<TaskId> chosenTasks = form.getTaskIds().stream().map(TaskId::new).toList();
		for (TaskId id : chosenTasks) {
			Task task = this.tasks.findById(id).orElseThrow(() -> new FormRejection("taskIds", "prompt.tasks.unknown"));
			Plan plan = this.plans.findById(task.planId()).orElseThrow();
			if (!plan.regionId().equals(viewer.homeRegion()) || !plan.status().isWorkedOn()) {
				throw new FormRejection("taskIds", "prompt.tasks.unknown");
			}
		}
		Instant now = this.clock.instant();
		WorkPrompt prompt = this.prompts.create(WorkPrompt.write(viewer.homeRegion(), form.getTitle(), form.getBody(),
				form.getRespondBy(), chosenUnits, chosenTasks, LocalDate.now(this.clock), viewer.username(), now));
		String tasksAbout = taskLines(prompt.tasks());
		for (UnitId unit : prompt.units()) {
			this.notifications.announce(Recipient.unit(unit), NotificationKind.PROMPT, "/prompts/" + prompt.id(),
					"prompt.notification", prompt.title(), prompt.body(), prompt.respondBy().toString(), tasksAbout);
		}
		this.audit.change(AuditType.PROMPT_SENT, this.audit.names().prompt(prompt.id(), prompt.title()),
				this.audit.changes().note("audit.detail.promptSent", prompt.units().size()).toString());
		return prompt.id();
	}

	/** The prompt; a liaison who opens it has read the notification about it. */
	@Transactional
	public PromptViews.Page page(Viewer viewer, WorkPromptId id) {
		WorkPrompt prompt = readable(viewer, id);
		if (viewer.isLiaison()) {
			this.notifications.readAbout(viewer, "/prompts/" + id);
		}
		List<PromptResponse> responses = this.prompts.responses(id);
		Map<UnitId, String> names = new HashMap<>();
		this.units.findAllById(responses.stream().map(PromptResponse::unit).toList())
			.forEach((u) -> names.put(u.id(), u.name().value()));
		List<PromptViews.Option> taskOptions = prompt.tasks()
			.stream()
			.map((t) -> this.tasks.findById(t)
				.map((task) -> new PromptViews.Option(task.id().value(), task.number() + " " + task.text())))
			.flatMap(Optional::stream)
			.toList();
		Optional<PromptResponse> own = own(viewer, responses);
		return new PromptViews.Page(prompt, taskOptions,
				viewer.isLiaison() ? List.of() : responses.stream().map((r) -> view(r, names)).toList(),
				own.map((r) -> view(r, names)).orElse(null), own.map((r) -> r.unit().value()).orElse(null));
	}

	@Transactional
	public void acknowledge(Viewer viewer, WorkPromptId id) {
		WorkPrompt prompt = readable(viewer, id);
		PromptResponse own = own(viewer, this.prompts.responses(id))
			.orElseThrow(() -> new NotFoundException("prompt", id.value()));
		this.prompts.acknowledge(id, own.unit(), viewer.username(), this.clock.instant());
		this.audit.change(AuditType.PROMPT_ACKNOWLEDGED, this.audit.names().prompt(id, prompt.title()),
				this.units.findById(own.unit()).map((u) -> u.name().value()).orElse(""));
	}

	@Transactional
	public void answer(Viewer viewer, WorkPromptId id, String answer) {
		readable(viewer, id);
		PromptResponse own = own(viewer, this.prompts.responses(id))
			.orElseThrow(() -> new NotFoundException("prompt", id.value()));
		if (answer == null || answer.isBlank()) {
			throw new DomainRuleException("prompt.answer.required", "an answer is required");
		}
		if (answer.strip().length() > PromptResponse.MAX_ANSWER) {
			throw new DomainRuleException("prompt.answer.tooLong", "answer too long");
		}
		this.prompts.answer(id, own.unit(), answer.strip(), viewer.username(), this.clock.instant());
		this.audit.change(AuditType.PROMPT_ANSWERED,
				this.audit.names().prompt(id, this.prompts.findById(id).orElseThrow().title()),
				this.units.findById(own.unit()).map((u) -> u.name().value()).orElse(""));
	}

	private WorkPrompt readable(Viewer viewer, WorkPromptId id) {
		return this.prompts.findById(id).filter((p) -> viewer.canSee(p.regionId())).filter((p) -> {
			if (!viewer.isLiaison()) {
				return true;
			}
			return p.units().stream().anyMatch(viewer.ownUnits()::contains);
		}).orElseThrow(() -> new NotFoundException("prompt", id.value()));
	}

	/**
	 * The response the liaison gives: their own unit's, else a group's they belong to.
	 */
	private static Optional<PromptResponse> own(Viewer viewer, List<PromptResponse> responses) {
		if (!viewer.isLiaison()) {
			return Optional.empty();
		}
		Optional<PromptResponse> direct = viewer.unit()
			.flatMap((u) -> responses.stream().filter((r) -> r.unit().equals(u)).findFirst());
		return direct.or(() -> responses.stream().filter((r) -> viewer.ownUnits().contains(r.unit())).findFirst());
	}

	private PromptViews.Response view(PromptResponse r, Map<UnitId, String> names) {
		return new PromptViews.Response(names.getOrDefault(r.unit(), "?"), r.acknowledgedBy(),
				local(r.acknowledgedAt()), r.answer(), r.answeredBy(), local(r.answeredAt()));
	}

	private LocalDateTime local(Instant at) {
		return (at == null) ? null : LocalDateTime.ofInstant(at, this.clock.getZone());
	}

	private String taskLines(List<TaskId> ids) {
		return ids.stream()
			.map(this.tasks::findById)
			.flatMap(Optional::stream)
			.map((t) -> message("prompt.notification.task", t.number().value(), t.text()))
			.collect(Collectors.joining("\n"));
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	/** A blank, zero or negative id, sent by hand, names no unit or task. */
	private static boolean allReal(List<Long> ids) {
		return ids.stream().allMatch((id) -> id != null && id > 0);
	}

}
