package cn.laoling.ledger.web.planimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanHead;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Section;
import cn.laoling.ledger.plan.SectionId;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.plan.document.ParsedTask;
import cn.laoling.ledger.plan.document.PlanParse;
import cn.laoling.ledger.plan.document.UnitNames;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitDirectory;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.audit.AuditChanges;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.plan.SectionLines;
import cn.laoling.ledger.web.report.Shares;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormRejection;
import cn.laoling.ledger.web.task.DeadlineRow;
import cn.laoling.ledger.web.task.TargetRow;
import cn.laoling.ledger.web.task.TaskFormRows;

/**
 * Turns a recognised plan, as the office corrected it, into a plan with its sections,
 * tasks and any new units, all in one transaction: a failure saves nothing.
 */
@Service
@Transactional
@PreAuthorize("hasRole('OFFICE')")
public class PlanImportService {

	private final Plans plans;

	private final Tasks tasks;

	private final Units units;

	private final AuditTrail audit;

	private final ProgressImport progress;

	private final Shares shares;

	PlanImportService(Plans plans, Tasks tasks, Units units, AuditTrail audit, ProgressImport progress, Shares shares) {
		this.shares = shares;
		this.progress = progress;
		this.plans = plans;
		this.tasks = tasks;
		this.units = units;
		this.audit = audit;
	}

	/** The preview's form, filled with what was recognised. */
	@Transactional(readOnly = true)
	public ImportForm formOf(Viewer viewer, PlanParse parse) {
		ImportForm form = new ImportForm();
		form.setTitle(parse.title());
		form.setDocumentNumber(parse.documentNumber());
		form.setIssuer(parse.issuer());
		form.setIssueDate(parse.issueDate());
		if (parse.period() != null) {
			form.setPeriodStart(parse.period().start());
			form.setPeriodEnd(parse.period().end());
		}
		form.setSections(String.join("\n", parse.sections()));
		for (ParsedTask task : parse.tasks()) {
			ImportTaskForm row = new ImportTaskForm();
			row.setNumber(task.number());
			String innermost = task.path().isEmpty() ? "" : task.path().get(task.path().size() - 1);
			row.setSection(parse.sections().contains(innermost) ? innermost : "");
			row.setText(task.text());
			row.setLeadUnits(String.join("、", task.leadUnits()));
			row.setResponsibleUnits(String.join("、", task.responsibleUnits()));
			row.setProgress(task.progress());
			task.targets().forEach((t) -> row.getTargets().add(TaskFormRows.rowOf(t)));
			task.deadlines()
				.stream()
				.filter((d) -> !d.implied())
				.forEach((d) -> row.getDeadlines().add(TaskFormRows.rowOf(d)));
			row.getTargets().add(new TargetRow());
			row.getDeadlines().add(new DeadlineRow());
			form.getTasks().add(row);
		}
		form.setUnitChoices(choicesFor(viewer, form));
		return form;
	}

	/**
	 * Unit names of the form the registry does not know, each with a suggested choice.
	 */
	@Transactional(readOnly = true)
	public List<UnitChoice> choicesFor(Viewer viewer, ImportForm form) {
		List<Unit> known = this.units.findAllIn(List.of(viewer.homeRegion()));
		UnitDirectory directory = new UnitDirectory(known);
		Map<String, UnitChoice> earlier = new HashMap<>();
		form.getUnitChoices().forEach((c) -> earlier.put(c.getName(), c));
		Set<String> unknown = new LinkedHashSet<>();
		for (ImportTaskForm task : form.getTasks().stream().filter((t) -> !t.isSkipped()).toList()) {
			unknown.addAll(directory.unknown(UnitNames.split(task.getLeadUnits())));
			unknown.addAll(directory.unknown(UnitNames.split(task.getResponsibleUnits())));
		}
		List<UnitChoice> choices = new ArrayList<>();
		for (String name : unknown) {
			choices.add(earlier.containsKey(name) ? earlier.get(name) : suggestion(name, known));
		}
		return choices;
	}

	@Transactional(readOnly = true)
	public List<Unit> unitsOf(Viewer viewer) {
		return this.units.findAllIn(List.of(viewer.homeRegion()));
	}

	/** Other plans of the region that carry the same 文号, their titles joined. */
	@Transactional(readOnly = true)
	public String plansWithNumber(Viewer viewer, String documentNumber) {
		if (documentNumber == null || documentNumber.isBlank()) {
			return "";
		}
		return this.plans.findAllIn(List.of(viewer.homeRegion()))
			.stream()
			.filter((p) -> p.facts()
				.optionalDocumentNumber()
				.map((n) -> n.value().equals(documentNumber.strip()))
				.orElse(false))
			.map((p) -> "《" + p.title() + "》")
			.collect(Collectors.joining("、"));
	}

	public PlanId confirm(Viewer viewer, ImportForm form) {
		long imported = form.getTasks().stream().filter((t) -> !t.isSkipped()).count();
		if (imported == 0) {
			throw new FormRejection("tasks", "import.tasks.none");
		}
		refuseRepeatedNumbers(form);
		Map<String, UnitId> chosen = applyChoices(viewer, form);
		UnitDirectory directory = new UnitDirectory(this.units.findAllIn(List.of(viewer.homeRegion())));
		Plan plan = Plan.draft(viewer.homeRegion(), form.facts());
		SectionLines.parse(form.getSections()).forEach(plan::addSection);
		Plan saved = this.plans.save(plan);
		int position = 0;
		FormRejection.Problems problems = new FormRejection.Problems();
		List<ProgressImport.Progress> progress = new ArrayList<>();
		for (int i = 0; i < form.getTasks().size(); i++) {
			ImportTaskForm task = form.getTasks().get(i);
			if (task.isSkipped()) {
				continue;
			}
			Parts parts = partsOf(task, "tasks[" + i + "].", directory, chosen, problems);
			if (problems.isEmpty()) {
				Task made = this.tasks.save(saved
					.newTask(new TaskContent(new TaskNumber(task.getNumber()), position++, sectionOf(saved, task),
							task.getText(), parts.lead(), parts.responsible(), parts.targets(), parts.deadlines())));
				if (task.hasProgress()) {
					progress.add(new ProgressImport.Progress(made, task.getProgress()));
				}
			}
		}
		problems.refuseIfAny();
		ProgressImport.Outcome outcome = this.progress.apply(viewer, saved.id(), form.getProgressQuarter(), progress);
		this.audit.change(AuditType.PLAN_IMPORTED, this.audit.names().plan(saved.id(), saved.title()),
				progressNoted(this.audit.changes().note("audit.detail.planImported", imported), outcome).toString());
		return saved.id();
	}

	/** The office's plans a progress table may belong to: in force or closed. */
	@Transactional(readOnly = true)
	public List<PlanHead> plansForProgress(Viewer viewer) {
		return this.plans.headsIn(List.of(viewer.homeRegion())).stream().filter((p) -> p.status().isBinding()).toList();
	}

	/**
	 * A progress table's 进展情况 taken into an existing plan of the office's region
	 * ({@link ImportForm#getProgressPlan}): each task of the form matched to the plan's
	 * task of the same 序号, whose report of the chosen quarter it becomes; the plan and
	 * its tasks are not changed, a number the plan does not have refuses the whole
	 * import.
	 */
	public PlanId progressInto(Viewer viewer, ImportForm form) {
		Plan plan = this.plans.findById(new PlanId(form.getProgressPlan()))
			.filter((p) -> p.regionId().equals(viewer.homeRegion()) && p.status().isBinding())
			.orElseThrow(() -> new FormRejection("progressPlan", "import.progress.noPlan"));
		Map<String, Task> existing = new HashMap<>();
		this.tasks.find(TaskQuery.all(plan.id())).forEach((t) -> existing.put(t.number().value(), t));
		List<ProgressImport.Progress> progress = new ArrayList<>();
		List<String> unmatched = new ArrayList<>();
		for (ImportTaskForm task : form.getTasks()) {
			if (task.isSkipped() || !task.hasProgress()) {
				continue;
			}
			Task match = existing.get(new TaskNumber(task.getNumber()).value());
			if (match == null) {
				unmatched.add(task.getNumber());
			}
			else {
				progress.add(new ProgressImport.Progress(match, task.getProgress()));
			}
		}
		if (!unmatched.isEmpty()) {
			throw new FormRejection("progressPlan", "import.progress.unmatched", String.join("、", unmatched));
		}
		if (form.getProgressQuarter() == null || form.getProgressQuarter().isBlank()) {
			throw new FormRejection("progressQuarter", "import.progress.quarterRequired");
		}
		ProgressImport.Outcome outcome = this.progress.apply(viewer, plan.id(), form.getProgressQuarter(), progress);
		this.audit.change(AuditType.LEDGER_IMPORTED, this.audit.names().plan(plan.id(), plan.title()),
				progressNoted(this.audit.changes(), outcome).toString());
		return plan.id();
	}

	/**
	 * Applies the tasks to an existing plan of the office's region: a task of the same 序号
	 * is revised where it differs, others are added, missing sections are added; tasks
	 * the form does not list stay as they are.
	 * @param versions each matched task's version as the office saw it; a task changed,
	 * added or deleted since makes it a conflict
	 * @return how many tasks were added and how many revised
	 */
	public Merged mergeInto(Viewer viewer, PlanId planId, ImportForm form, Map<String, Long> versions) {
		Plan plan = this.plans.findById(planId)
			.filter((p) -> p.regionId().equals(viewer.homeRegion()))
			.orElseThrow(() -> new NotFoundException("plan", planId.value()));
		refuseRepeatedNumbers(form);
		Map<String, UnitId> chosen = applyChoices(viewer, form);
		UnitDirectory directory = new UnitDirectory(this.units.findAllIn(List.of(viewer.homeRegion())));
		Set<String> headings = plan.sections()
			.stream()
			.map((s) -> s.heading().replaceAll("\\s", ""))
			.collect(Collectors.toSet());
		List<Section> missing = SectionLines.parse(form.getSections())
			.stream()
			.filter((s) -> !headings.contains(s.heading().replaceAll("\\s", "")))
			.toList();
		if (!missing.isEmpty()) {
			missing.forEach(plan::addSection);
			plan = this.plans.save(plan);
		}
		Map<String, Task> existing = new HashMap<>();
		this.tasks.find(TaskQuery.all(planId)).forEach((t) -> existing.put(t.number().value(), t));
		int next = existing.values().stream().mapToInt((t) -> t.content().position() + 1).max().orElse(0);
		int added = 0;
		int revised = 0;
		FormRejection.Problems problems = new FormRejection.Problems();
		List<ProgressImport.Progress> progress = new ArrayList<>();
		for (int i = 0; i < form.getTasks().size(); i++) {
			ImportTaskForm task = form.getTasks().get(i);
			TaskNumber number = new TaskNumber(task.getNumber());
			Task current = existing.get(number.value());
			Long seen = versions.get(number.value());
			if ((current == null) != (seen == null) || (current != null && current.version() != seen)) {
				throw new StaleEditException("task", number.value(), (seen == null) ? -1 : seen,
						(current == null) ? -1 : current.version());
			}
			Parts parts = partsOf(task, "tasks[" + i + "].", directory, chosen, problems);
			if (!problems.isEmpty()) {
				continue;
			}
			TaskContent content = new TaskContent(number, (current == null) ? next++ : current.content().position(),
					sectionOf(plan, task), task.getText(), parts.lead(), parts.responsible(), parts.targets(),
					parts.deadlines());
			Task kept = current;
			if (current == null) {
				kept = this.tasks.save(plan.newTask(content));
				added++;
			}
			else {
				TaskContent before = current.content();
				current.revise(plan, content);
				if (!current.content().equals(before)) {
					kept = this.tasks.save(current);
					this.shares.follow(kept, before.targets());
					revised++;
				}
			}
			if (task.hasProgress()) {
				progress.add(new ProgressImport.Progress(kept, task.getProgress()));
			}
		}
		problems.refuseIfAny();
		ProgressImport.Outcome outcome = this.progress.apply(viewer, plan.id(), form.getProgressQuarter(), progress);
		this.audit.change(AuditType.LEDGER_IMPORTED, this.audit.names().plan(plan.id(), plan.title()),
				progressNoted(this.audit.changes().note("audit.detail.ledgerImported", added, revised), outcome)
					.toString());
		return new Merged(added, revised);
	}

	public record Merged(int added, int revised) {
	}

	private static AuditChanges progressNoted(AuditChanges changes, ProgressImport.Outcome outcome) {
		return (outcome.imported() + outcome.kept() == 0) ? changes : changes.note("audit.detail.progressImported",
				outcome.quarter().year(), outcome.quarter().number(), outcome.imported(), outcome.kept());
	}

	/**
	 * A task's units, targets and deadlines as the form gives them; what is wrong with
	 * them goes to {@code problems}, so that every task's problems are shown at once.
	 */
	private static Parts partsOf(ImportTaskForm task, String prefix, UnitDirectory directory,
			Map<String, UnitId> chosen, FormRejection.Problems problems) {
		List<UnitId> lead = problems.check(() -> resolve(task.getLeadUnits(), directory, chosen, prefix + "leadUnits"));
		if (lead != null && lead.isEmpty()) {
			problems.add(prefix + "leadUnits", "import.task.leadRequired", task.getNumber());
		}
		return new Parts(lead,
				problems
					.check(() -> resolve(task.getResponsibleUnits(), directory, chosen, prefix + "responsibleUnits")),
				problems.check(() -> TaskFormRows.targets(task.getTargets(), prefix)),
				problems.check(() -> TaskFormRows.deadlines(task.getDeadlines(), prefix)));
	}

	private record Parts(List<UnitId> lead, List<UnitId> responsible, List<Target> targets, List<Deadline> deadlines) {
	}

	private Map<String, UnitId> applyChoices(Viewer viewer, ImportForm form) {
		Map<String, UnitId> chosen = new HashMap<>();
		for (int i = 0; i < form.getUnitChoices().size(); i++) {
			UnitChoice choice = form.getUnitChoices().get(i);
			UnitName name = new UnitName(choice.getName());
			if (choice.getAction() == UnitChoice.Action.MAP) {
				Unit unit = Optional.ofNullable(choice.getUnitId())
					.flatMap((id) -> this.units.findById(new UnitId(id)))
					.filter((u) -> u.regionId().equals(viewer.homeRegion()))
					.orElseThrow(() -> new FormRejection("unitChoices", "import.unit.mapMissing", choice.getName()));
				unit.addAlias(name);
				this.units.save(unit);
				this.audit.change(AuditType.UNIT_CHANGED, this.audit.names().unit(unit.id(), unit.name().value()),
						this.audit.changes().note("audit.detail.aliasAdded", name.value()).toString());
				chosen.put(choice.getName(), unit.id());
			}
			else {
				Unit unit = this.units.save(Unit.register(viewer.homeRegion(), name,
						Optional.ofNullable(choice.getKind()).orElse(UnitKind.DEPARTMENT)));
				this.audit.change(AuditType.UNIT_CREATED, this.audit.names().unit(unit.id(), unit.name().value()),
						this.audit.changes().coded("unit.kind", null, "unit.kind." + unit.kind()).toString());
				chosen.put(choice.getName(), unit.id());
			}
		}
		return chosen;
	}

	private static List<UnitId> resolve(String written, UnitDirectory directory, Map<String, UnitId> chosen,
			String field) {
		List<UnitId> ids = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		directory.resolve(UnitNames.split(written)).forEach((name, unit) -> {
			UnitId id = unit.map(Unit::id).orElse(chosen.get(name));
			if (id == null) {
				unknown.add(name);
			}
			else if (!ids.contains(id)) {
				ids.add(id);
			}
		});
		if (!unknown.isEmpty()) {
			throw new FormRejection(field, "import.units.unknown", String.join("、", unknown));
		}
		return ids;
	}

	private static SectionId sectionOf(Plan plan, ImportTaskForm task) {
		if (task.getSection() == null || task.getSection().isBlank()) {
			return null;
		}
		String wanted = task.getSection().replaceAll("\\s", "");
		return plan.sections()
			.stream()
			.filter((s) -> s.heading().replaceAll("\\s", "").equals(wanted))
			.map(Section::id)
			.findFirst()
			.orElse(null);
	}

	private static void refuseRepeatedNumbers(ImportForm form) {
		Set<String> seen = new LinkedHashSet<>();
		FormRejection.Problems problems = new FormRejection.Problems();
		for (int i = 0; i < form.getTasks().size(); i++) {
			if (form.getTasks().get(i).isSkipped()) {
				continue;
			}
			String number = new TaskNumber(form.getTasks().get(i).getNumber()).value();
			if (!seen.add(number)) {
				problems.add("tasks[" + i + "].number", "import.task.numberRepeated", number);
			}
		}
		problems.refuseIfAny();
	}

	/** Create a unit of that name, or map it to the one whose name holds it. */
	private static UnitChoice suggestion(String name, List<Unit> known) {
		UnitChoice choice = new UnitChoice();
		choice.setName(name);
		String core = name.replaceFirst("^(区|市|县)", "");
		known.stream()
			.filter((u) -> core.length() >= 2 && u.name().value().contains(core))
			.findFirst()
			.ifPresent((u) -> {
				choice.setAction(UnitChoice.Action.MAP);
				choice.setUnitId(u.id().value());
			});
		choice.setKind(name.startsWith("各") || name.contains("成员单位") ? UnitKind.GROUP
				: name.matches(".*(街道|镇|乡)$") ? UnitKind.STREET_TOWN : UnitKind.DEPARTMENT);
		return choice;
	}

}
