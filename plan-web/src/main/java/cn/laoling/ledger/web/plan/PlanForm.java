package cn.laoling.ledger.web.plan;

import cn.laoling.ledger.plan.DocumentNumber;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanPeriod;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.laoling.ledger.plan.PlanStatus;

/** The plan's facts and sections as the office edits them. */
public class PlanForm implements Serializable {

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

	@NotNull
	private PlanStatus status = PlanStatus.DRAFT;

	/** One section a line: {@code （一）优化居家养老服务供给}. */
	@Size(max = 4000)
	private String sections;

	private long version;

	/** The facts as the domain knows them; a blank 文号 is none. */
	public PlanFacts facts() {
		DocumentNumber number = (this.documentNumber == null || this.documentNumber.isBlank()) ? null
				: new DocumentNumber(this.documentNumber);
		return new PlanFacts(this.title, number, this.issuer, this.issueDate,
				new PlanPeriod(this.periodStart, this.periodEnd));
	}

	@AssertTrue(message = "{plan.period.order}")
	public boolean isPeriodInOrder() {
		return this.periodStart == null || this.periodEnd == null || !this.periodEnd.isBefore(this.periodStart);
	}

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

	public PlanStatus getStatus() {
		return this.status;
	}

	public void setStatus(PlanStatus status) {
		this.status = status;
	}

	public String getSections() {
		return this.sections;
	}

	public void setSections(String sections) {
		this.sections = sections;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
