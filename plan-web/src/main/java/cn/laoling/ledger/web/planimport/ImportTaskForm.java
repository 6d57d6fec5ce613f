package cn.laoling.ledger.web.planimport;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.web.task.DeadlineRow;
import cn.laoling.ledger.web.task.TargetRow;

/** One recognised task as the office corrects it before the import. */
public class ImportTaskForm implements Serializable {

	/** Recognised by mistake: the office leaves it out of the import. */
	private boolean skipped;

	@NotBlank
	@Size(max = 20)
	private String number;

	@Size(max = 220)
	private String section;

	@NotBlank
	@Size(max = TaskContent.MAX_TEXT)
	private String text;

	@Size(max = 1000)
	private String leadUnits;

	@Size(max = 2000)
	private String responsibleUnits;

	/** What a progress table says of the task (进展情况); empty for a plan. */
	@Size(max = ReportContent.MAX_TEXT)
	private String progress;

	private List<@Valid TargetRow> targets = new ArrayList<>();

	private List<@Valid DeadlineRow> deadlines = new ArrayList<>();

	public boolean isSkipped() {
		return this.skipped;
	}

	public void setSkipped(boolean skipped) {
		this.skipped = skipped;
	}

	public String getProgress() {
		return this.progress;
	}

	public void setProgress(String progress) {
		this.progress = progress;
	}

	public boolean hasProgress() {
		return this.progress != null && !this.progress.isBlank();
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getSection() {
		return this.section;
	}

	public void setSection(String section) {
		this.section = section;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getLeadUnits() {
		return this.leadUnits;
	}

	public void setLeadUnits(String leadUnits) {
		this.leadUnits = leadUnits;
	}

	public String getResponsibleUnits() {
		return this.responsibleUnits;
	}

	public void setResponsibleUnits(String responsibleUnits) {
		this.responsibleUnits = responsibleUnits;
	}

	public List<TargetRow> getTargets() {
		return this.targets;
	}

	public void setTargets(List<TargetRow> targets) {
		this.targets = targets;
	}

	public List<DeadlineRow> getDeadlines() {
		return this.deadlines;
	}

	public void setDeadlines(List<DeadlineRow> deadlines) {
		this.deadlines = deadlines;
	}

}
