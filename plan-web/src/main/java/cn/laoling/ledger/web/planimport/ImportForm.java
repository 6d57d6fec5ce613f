package cn.laoling.ledger.web.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A recognised plan as the office corrects it on the preview page before confirming. */
public class ImportForm {

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 50)
	private String documentNumber;

	@Size(max = 100)
	private String issuer;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issueDate;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodStart;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodEnd;

	@Size(max = 4000)
	private String sections;

	@Valid
	private List<ImportTaskForm> tasks = new ArrayList<>();

	@Valid
	private List<UnitChoice> unitChoices = new ArrayList<>();

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

	public void setDocumentNumber(String documentNumber) {
		this.documentNumber = documentNumber;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public LocalDate getIssueDate() {
		return this.issueDate;
	}

	public void setIssueDate(LocalDate issueDate) {
		this.issueDate = issueDate;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public void setPeriodStart(LocalDate periodStart) {
		this.periodStart = periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public void setPeriodEnd(LocalDate periodEnd) {
		this.periodEnd = periodEnd;
	}

	public String getSections() {
		return this.sections;
	}

	public void setSections(String sections) {
		this.sections = sections;
	}

	public List<ImportTaskForm> getTasks() {
		return this.tasks;
	}

	public void setTasks(List<ImportTaskForm> tasks) {
		this.tasks = tasks;
	}

	public List<UnitChoice> getUnitChoices() {
		return this.unitChoices;
	}

	public void setUnitChoices(List<UnitChoice> unitChoices) {
		this.unitChoices = unitChoices;
	}

}
