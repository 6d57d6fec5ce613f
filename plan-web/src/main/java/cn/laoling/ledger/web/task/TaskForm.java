package cn.laoling.ledger.web.task;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskStatus;

/**
 * A task as the office edits it. Units are typed as the plan writes them
 * ({@code 区卫健委、各街镇}) and resolved against the unit registry by name or alias.
 */
public class TaskForm {

	static final int BLANK_TARGET_ROWS = 2;

	static final int BLANK_DEADLINE_ROWS = 1;

	@NotBlank
	@Size(max = 20)
	private String number;

	@NotNull
	@Min(0)
	@Max(100000)
	private Integer position;

	private Long sectionId;

	@NotBlank
	@Size(max = TaskContent.MAX_TEXT)
	private String text;

	@NotBlank
	@Size(max = 1000)
	private String leadUnits;

	@Size(max = 2000)
	private String responsibleUnits;

	private List<@Valid TargetRow> targets = new ArrayList<>();

	private List<@Valid DeadlineRow> deadlines = new ArrayList<>();

	@NotNull
	private TaskStatus status = TaskStatus.NOT_STARTED;

	private long version;

	/** Adds the blank lines the page offers for new targets and deadlines. */
	TaskForm withBlankRows() {
		for (int i = 0; i < BLANK_TARGET_ROWS; i++) {
			this.targets.add(new TargetRow());
		}
		for (int i = 0; i < BLANK_DEADLINE_ROWS; i++) {
			this.deadlines.add(new DeadlineRow());
		}
		return this;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public Integer getPosition() {
		return this.position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public Long getSectionId() {
		return this.sectionId;
	}

	public void setSectionId(Long sectionId) {
		this.sectionId = sectionId;
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

	public TaskStatus getStatus() {
		return this.status;
	}

	public void setStatus(TaskStatus status) {
		this.status = status;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
