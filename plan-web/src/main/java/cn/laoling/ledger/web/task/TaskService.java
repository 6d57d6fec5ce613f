package cn.laoling.ledger.web.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.web.audit.AuditChanges;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Section;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.TargetYears;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.web.extension.ExtensionService;
import cn.laoling.ledger.web.plan.LedgerService;
import cn.laoling.ledger.web.plan.TaskRow;
import cn.laoling.ledger.web.plan.TaskRows;
import cn.laoling.ledger.web.report.ShareTable;
import cn.laoling.ledger.web.report.Shares;
import cn.laoling.ledger.web.report.Timelines;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.Names;
import cn.laoling.ledger.web.support.TargetText;

/**
 * Shows tasks to whoever may see their plan; the office adds, rewrites and deletes them.
 */
@Service
@Transactional
public class TaskService {

	private final Tasks tasks;

	private final LedgerService ledger;

	private final TaskForms forms;

	private final TaskRows rows;

	private final AuditTrail audit;

	private final Timelines timelines;

	private final ExtensionService extensions;

	private final Shares shares;

	private final TargetText targetText;

	private final Clock clock;

	TaskService(Tasks tasks, LedgerService ledger, TaskForms forms, TaskRows rows, AuditTrail audit,
			Timelines timelines, ExtensionService extensions, Shares shares, TargetText targetText, Clock clock) {
		this.shares = shares;
		this.targetText = targetText;
		this.clock = clock;
		this.timelines = timelines;
		this.extensions = extensions;
		this.audit = audit;
		this.tasks = tasks;
		this.ledger = ledger;
		this.forms = forms;
		this.rows = rows;
	}

	@Transactional(readOnly = true)
	public TaskDetail detail(Viewer viewer, TaskId id) {
		Task task = visibleTask(viewer, id);
		Plan plan = this.ledger.visiblePlan(viewer, task.planId());
		String section = (task.content().sectionId() == null) ? ""
				: plan.section(task.content().sectionId()).map(Section::heading).orElse("");
		List<ShareTable> shares = Shares.visibleTo(viewer, task, this.shares.today(task, plan.period()));
		boolean severalYears = plan.period().start().getYear() != plan.period().end().getYear();
		return new TaskDetail(this.rows.of(task, viewer), this.ledger.summaryOf(plan), section,
				this.timelines.of(viewer, task), this.extensions.panel(viewer, task),
				task.targets().stream().map(TargetSplit::isSplittable).toList(), shares,
				task.targets().stream().map((t) -> severalYears && TargetYears.isDivisible(t)).toList(),
				yearTables(task, plan));
	}

	private List<TaskDetail.YearTable> yearTables(Task task, Plan plan) {
		LocalDate today = LocalDate.now(this.clock);
		int judged = today.isBefore(plan.period().start()) ? plan.period().start().getYear()
				: today.isAfter(plan.period().end()) ? plan.period().end().getYear() : today.getYear();
		return task.years().stream().map((divided) -> {
			Target target = task.targets().get(divided.target());
			return new TaskDetail.YearTable(divided.target(), this.targetText.of(target), target.measure().symbol(),
					divided.shortfall(target),
					divided.years()
						.stream()
						.map((y) -> new TaskDetail.YearTable.Row(y.year(), y.planned(), y.carried(), y.amount(),
								divided.dueBy(y.year()), y.year() == judged))
						.toList());
		}).toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('OFFICE')")
	public TaskForm newForm(Viewer viewer, PlanId planId) {
		this.ledger.visiblePlan(viewer, planId);
		List<Task> existing = this.tasks.find(TaskQuery.all(planId));
		int next = existing.stream().map((t) -> t.content().position()).max(Comparator.naturalOrder()).orElse(0) + 1;
		TaskForm form = new TaskForm();
		form.setNumber(String.valueOf(next));
		form.setPosition(next);
		existing.stream()
			.reduce((first, last) -> last)
			.map((t) -> t.content().sectionId())
			.ifPresent((s) -> form.setSectionId(s.value()));
		return form.withBlankRows();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('OFFICE')")
	public TaskForm editForm(Viewer viewer, TaskId id) {
		return this.forms.formOf(visibleTask(viewer, id));
	}

	/**
	 * Checks the form's unit names, targets and deadlines against the plan, changing
	 * nothing.
	 * @throws cn.laoling.ledger.web.support.FormRejection with every problem found
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('OFFICE')")
	public void check(Viewer viewer, PlanId planId, TaskForm form) {
		this.forms.check(form, this.ledger.visiblePlan(viewer, planId));
	}

	@PreAuthorize("hasRole('OFFICE')")
	public TaskId create(Viewer viewer, PlanId planId, TaskForm form) {
		Plan plan = this.ledger.visiblePlan(viewer, planId);
		Task task = plan.newTask(this.forms.contentOf(form, plan));
		task.markStatus(form.getStatus());
		Task saved = this.tasks.save(task);
		this.audit.change(AuditType.TASK_CREATED, this.audit.names().task(saved, plan.title()),
				this.audit.changes().value("task.number", saved.number().value()).toString());
		return saved.id();
	}

	@PreAuthorize("hasRole('OFFICE')")
	public void revise(Viewer viewer, TaskId id, TaskForm form) {
		Task task = visibleTask(viewer, id);
		if (task.version() != form.getVersion()) {
			throw new StaleEditException("task", id.value(), form.getVersion(), task.version());
		}
		Plan plan = this.ledger.visiblePlan(viewer, task.planId());
		TaskRow before = this.rows.of(task, viewer);
		String sectionBefore = sectionOf(plan, task);
		List<Target> targetsBefore = task.targets();
		task.revise(plan, this.forms.contentOf(form, plan));
		task.markStatus(form.getStatus());
		Task saved = this.tasks.save(task);
		boolean splitsFollowed = this.shares.follow(saved, targetsBefore);
		AuditChanges changes = changes(before, sectionBefore, this.rows.of(saved, viewer), sectionOf(plan, task));
		if (splitsFollowed) {
			changes.note("audit.quota.followed");
		}
		this.audit.change(AuditType.TASK_CHANGED, this.audit.names().task(task, plan.title()), changes.toString());
	}

	/** Deletes the task, if nobody changed it since the user saw it; answers its plan. */
	@PreAuthorize("hasRole('OFFICE')")
	public PlanId delete(Viewer viewer, TaskId id, long seenVersion) {
		Task task = visibleTask(viewer, id);
		Plan plan = this.ledger.visiblePlan(viewer, task.planId());
		this.tasks.delete(id, seenVersion);
		this.audit.change(AuditType.TASK_DELETED, this.audit.names().task(task, plan.title()),
				this.audit.changes().value("task.number", task.number().value()).toString());
		return task.planId();
	}

	@Transactional(readOnly = true)
	public List<Section> sectionsOf(Viewer viewer, PlanId planId) {
		return this.ledger.visiblePlan(viewer, planId).sections();
	}

	/** What an edit changed, field by field, as the ledger shows the task. */
	private AuditChanges changes(TaskRow before, String sectionBefore, TaskRow after, String sectionAfter) {
		return this.audit.changes()
			.field("task.number", before.number(), after.number())
			.field("task.section", sectionBefore, sectionAfter)
			.field("task.text", before.text(), after.text())
			.field("task.targets", Names.join(before.targets()), Names.join(after.targets()))
			.field("task.leadUnits", Names.join(before.leadUnits()), Names.join(after.leadUnits()))
			.field("task.responsibleUnits", Names.join(before.responsibleUnits()), Names.join(after.responsibleUnits()))
			.field("task.deadline", deadlines(before), deadlines(after))
			.coded("task.status", "task.status." + before.status(), "task.status." + after.status());
	}

	private static String deadlines(TaskRow row) {
		return Names.join(row.deadlines()
			.stream()
			.map((d) -> (d.wording() == null || d.wording().isBlank()) ? d.date().toString()
					: d.date() + " " + d.wording())
			.toList());
	}

	private static String sectionOf(Plan plan, Task task) {
		return (task.content().sectionId() == null) ? ""
				: plan.section(task.content().sectionId()).map(Section::heading).orElse("");
	}

	private Task visibleTask(Viewer viewer, TaskId id) {
		return this.ledger.visibleTask(viewer, id);
	}

}
