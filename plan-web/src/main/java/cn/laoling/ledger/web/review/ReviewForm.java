package cn.laoling.ledger.web.review;

import jakarta.validation.constraints.Size;

import cn.laoling.ledger.report.ReportContent;

/**
 * The office's decision on a report: the version it saw, and why it returns the report.
 */
public class ReviewForm {

	private long version;

	@Size(max = ReportContent.MAX_TEXT)
	private String comment;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
