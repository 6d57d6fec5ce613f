package cn.laoling.ledger.web.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.laoling.ledger.notice.Notice;
import cn.laoling.ledger.notice.NoticeText;

/** The sections the office writes, as edited in the browser. */
public class NoticeForm {

	private long version;

	@NotBlank
	@Size(max = NoticeText.MAX_LINE)
	private String masthead;

	@NotBlank
	@Size(max = NoticeText.MAX_LINE)
	private String issuer;

	@NotBlank
	@Size(max = NoticeText.MAX_LINE)
	private String title;

	@NotBlank
	@Size(max = NoticeText.MAX_LINE)
	private String addressees;

	@NotBlank
	@Size(max = NoticeText.MAX_SECTION)
	private String overview;

	@NotBlank
	@Size(max = NoticeText.MAX_SECTION)
	private String problems;

	@NotBlank
	@Size(max = NoticeText.MAX_SECTION)
	private String requirements;

	@Size(max = NoticeText.MAX_SECTION)
	private String praise;

	public static NoticeForm of(Notice notice) {
		NoticeForm form = new NoticeForm();
		NoticeText text = notice.text();
		form.version = notice.version();
		form.masthead = text.masthead();
		form.issuer = text.issuer();
		form.title = text.title();
		form.addressees = text.addressees();
		form.overview = text.overview();
		form.problems = text.problems();
		form.requirements = text.requirements();
		form.praise = text.praise();
		return form;
	}

	public NoticeText text() {
		return new NoticeText(this.masthead, this.issuer, this.title, this.addressees, this.overview, this.problems,
				this.requirements, this.praise);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getMasthead() {
		return this.masthead;
	}

	public void setMasthead(String masthead) {
		this.masthead = masthead;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getAddressees() {
		return this.addressees;
	}

	public void setAddressees(String addressees) {
		this.addressees = addressees;
	}

	public String getOverview() {
		return this.overview;
	}

	public void setOverview(String overview) {
		this.overview = overview;
	}

	public String getProblems() {
		return this.problems;
	}

	public void setProblems(String problems) {
		this.problems = problems;
	}

	public String getRequirements() {
		return this.requirements;
	}

	public void setRequirements(String requirements) {
		this.requirements = requirements;
	}

	public String getPraise() {
		return this.praise;
	}

	public void setPraise(String praise) {
		this.praise = praise;
	}

}
