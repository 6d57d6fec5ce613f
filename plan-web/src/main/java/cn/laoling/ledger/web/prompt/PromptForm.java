package cn.laoling.ledger.web.prompt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.laoling.ledger.prompt.WorkPrompt;

/** A 专项工作提示 as the office writes it. */
public class PromptForm {

	private Long planId;

	@NotBlank
	@Size(max = WorkPrompt.MAX_TITLE)
	private String title;

	@NotBlank
	@Size(max = WorkPrompt.MAX_TEXT)
	private String body;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate respondBy;

	@NotEmpty
	private List<Long> unitIds = new ArrayList<>();

	private List<Long> taskIds = new ArrayList<>();

	public Long getPlanId() {
		return this.planId;
	}

	public void setPlanId(Long planId) {
		this.planId = planId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public LocalDate getRespondBy() {
		return this.respondBy;
	}

	public void setRespondBy(LocalDate respondBy) {
		this.respondBy = respondBy;
	}

	public List<Long> getUnitIds() {
		return this.unitIds;
	}

	public void setUnitIds(List<Long> unitIds) {
		this.unitIds = unitIds;
	}

	public List<Long> getTaskIds() {
		return this.taskIds;
	}

	public void setTaskIds(List<Long> taskIds) {
		this.taskIds = taskIds;
	}

}
