package cn.laoling.ledger.web.planimport;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import cn.laoling.ledger.web.plan.PlanForm;

/**
 * A recognised plan as the office corrects it on the preview page before confirming: the
 * plan's facts and sections as on the plan form, its tasks, and what to do with unit
 * names the registry does not know.
 */
public class ImportForm extends PlanForm {

	private List<@Valid ImportTaskForm> tasks = new ArrayList<>();

	private List<@Valid UnitChoice> unitChoices = new ArrayList<>();

	/**
	 * The quarter ({@code 2024-3}) whose accepted reports the tasks' 进展情况 become; blank:
	 * not imported.
	 */
	@Pattern(regexp = "(\\d{4}-[1-4])?")
	private String progressQuarter;

	/**
	 * An existing plan of the office whose tasks, matched by 序号, the 进展情况 go to, instead
	 * of a new plan made of the document; {@code null}: the new plan.
	 */
	private Long progressPlan;

	public List<ImportTaskForm> getTasks() {
		return this.tasks;
	}

	public void setTasks(List<ImportTaskForm> tasks) {
		this.tasks = tasks;
	}

	public Long getProgressPlan() {
		return this.progressPlan;
	}

	public void setProgressPlan(Long progressPlan) {
		this.progressPlan = progressPlan;
	}

	public String getProgressQuarter() {
		return this.progressQuarter;
	}

	public void setProgressQuarter(String progressQuarter) {
		this.progressQuarter = progressQuarter;
	}

	/** Whether any task says how it progressed: the form then offers to import it. */
	public boolean hasProgress() {
		return this.tasks.stream().anyMatch(ImportTaskForm::hasProgress);
	}

	public List<UnitChoice> getUnitChoices() {
		return this.unitChoices;
	}

	public void setUnitChoices(List<UnitChoice> unitChoices) {
		this.unitChoices = unitChoices;
	}

}
