package cn.laoling.ledger.web.planimport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Section;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitDirectory;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.plan.TaskRow;
import cn.laoling.ledger.web.plan.TaskRows;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.spreadsheet.LedgerExports;
import cn.laoling.ledger.web.spreadsheet.LedgerSheet;
import cn.laoling.ledger.web.spreadsheet.LedgerTable;
import cn.laoling.ledger.web.spreadsheet.SheetTexts;
import cn.laoling.ledger.web.support.TargetText;

/**
 * 导入台账: a ledger spreadsheet checked row by row against the unit registry and, when it
 * goes into an existing plan, against that plan's tasks; saved only when confirmed, in
 * one transaction.
 */
@Service
@Transactional
@PreAuthorize("hasRole('OFFICE')")
public class SheetImportService {

	private final Plans plans;

	private final Tasks tasks;

	private final Units units;

	private final TaskRows rows;

	private final TargetText targetText;

	private final PlanImportService imports;

	private final MessageSource messages;

	private final Clock clock;

	SheetImportService(Plans plans, Tasks tasks, Units units, TaskRows rows, TargetText targetText,
			PlanImportService imports, MessageSource messages, Clock clock) {
		this.plans = plans;
		this.tasks = tasks;
		this.units = units;
		this.rows = rows;
		this.targetText = targetText;
		this.imports = imports;
		this.messages = messages;
		this.clock = clock;
	}

	/** The plans of the office's region a spreadsheet can go into, newest first. */
	@Transactional(readOnly = true)
	public List<Plan> plansOf(Viewer viewer) {
		return this.plans.findAllIn(List.of(viewer.homeRegion()));
	}

	@Transactional(readOnly = true)
	public List<Unit> unitsOf(Viewer viewer) {
		return this.units.findAllIn(List.of(viewer.homeRegion()));
	}

	@Transactional(readOnly = true)
	public SheetDraft preview(Viewer viewer, String fileName, LedgerTable table, Long planId) {
		SheetTexts texts = new SheetTexts(this.messages, LocaleContextHolder.getLocale());
		SheetImport reading = new SheetImport(texts, this.targetText,
				new UnitDirectory(this.units.findAllIn(List.of(viewer.homeRegion()))));
		SheetImport.Result result;
		String planTitle = null;
		if (planId == null) {
			result = reading.intoNewPlan(table, fileName, LocalDate.now(this.clock));
		}
		else {
			Plan plan = ownPlan(viewer, new PlanId(planId));
			planTitle = plan.title();
			result = reading.intoPlan(table, plan.period(), existing(viewer, plan, texts));
		}
		result.form().setUnitChoices(this.imports.choicesFor(viewer, result.form()));
		return new SheetDraft(ImportDrafts.newId(), fileName, planId, planTitle, result.form(), result.rows(),
				result.versions(), result.notInFile());
	}

	/**
	 * Saves the draft with the office's unit choices (and, for a new plan, its facts).
	 * @return the plan the tasks went into
	 */
	public PlanId confirm(Viewer viewer, SheetDraft draft, ImportForm form) {
		if (draft.planId() == null) {
			return this.imports.confirm(viewer, form);
		}
		PlanId plan = new PlanId(draft.planId());
		this.imports.mergeInto(viewer, plan, form, draft.versions());
		return plan;
	}

	/**
	 * The quarters a progress column may be imported into: the target plan's, or for a
	 * new plan those of the period on the form.
	 */
	@Transactional(readOnly = true)
	public List<Quarter> progressQuarters(Viewer viewer, SheetDraft draft, ImportForm form) {
		if (draft.planId() != null) {
			PlanPeriod period = ownPlan(viewer, new PlanId(draft.planId())).period();
			return ProgressImport.quarters(period.start(), period.end());
		}
		return (form == null) ? List.of() : ProgressImport.quarters(form.getPeriodStart(), form.getPeriodEnd());
	}

	private Plan ownPlan(Viewer viewer, PlanId id) {
		return this.plans.findById(id)
			.filter((p) -> p.regionId().equals(viewer.homeRegion()))
			.orElseThrow(() -> new NotFoundException("plan", id.value()));
	}

	private Map<String, SheetImport.Existing> existing(Viewer viewer, Plan plan, SheetTexts texts) {
		List<Task> found = this.tasks.find(TaskQuery.all(plan.id()));
		List<TaskRow> taskRows = this.rows.of(found, viewer);
		List<LedgerSheet.Line> lines = LedgerExports.lines(texts, taskRows);
		Map<String, SheetImport.Existing> existing = new LinkedHashMap<>();
		for (int i = 0; i < found.size(); i++) {
			Task task = found.get(i);
			String section = (task.content().sectionId() == null) ? ""
					: plan.section(task.content().sectionId()).map(Section::heading).orElse("");
			existing.put(task.number().value(), new SheetImport.Existing(task, section, lines.get(i).cells()));
		}
		return existing;
	}

}
