package cn.laoling.ledger.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.Require;

/**
 * 进度通报 of a plan's reporting period. The office drafts it from the ledger and edits it, a
 * leader signs it off (签发), and only then is it published: numbered 第N期 of its year, and
 * never changed again. A correction is a new version of the same issue that, once
 * published, replaces the one it corrects.
 */
public final class Notice {

	public static final int MAX_COMMENT = 1000;

	private final NoticeId id;

	private final PlanId planId;

	private final RegionId regionId;

	private final ReportingPeriodId periodId;

	private final Quarter quarter;

	private final int revision;

	private final NoticeId corrects;

	private NoticeText text;

	private final NoticeFigures figures;

	private NoticeState state;

	private final String draftedBy;

	private final Instant draftedAt;

	private String signedBy;

	private Instant signedAt;

	private String returnComment;

	private IssueNumber issue;

	private LocalDate issueDate;

	private String publishedBy;

	private Instant publishedAt;

	private final long version;

	/**
	 * @param revision 1 for the first version of an issue, 2 for its first correction
	 * @param corrects the published notice this one corrects, or {@code null}
	 * @param issue 第N期 of its year, given on publication (a correction keeps its issue's)
	 * @param returnComment why a leader sent it back, while it is a draft again
	 */
	public Notice(NoticeId id, PlanId planId, RegionId regionId, ReportingPeriodId periodId, Quarter quarter,
			int revision, NoticeId corrects, NoticeText text, NoticeFigures figures, NoticeState state,
			String draftedBy, Instant draftedAt, String signedBy, Instant signedAt, String returnComment,
			IssueNumber issue, LocalDate issueDate, String publishedBy, Instant publishedAt, long version) {
		this.id = id;
		this.planId = Require.present(planId, "planId");
		this.regionId = Require.present(regionId, "regionId");
		this.periodId = Require.present(periodId, "periodId");
		this.quarter = Require.present(quarter, "quarter");
		this.revision = revision;
		this.corrects = corrects;
		this.text = Require.present(text, "text");
		this.figures = Require.present(figures, "figures");
		this.state = Require.present(state, "state");
		this.draftedBy = Require.present(draftedBy, "draftedBy");
		this.draftedAt = Require.present(draftedAt, "draftedAt");
		this.signedBy = signedBy;
		this.signedAt = signedAt;
		this.returnComment = returnComment;
		this.issue = issue;
		this.issueDate = issueDate;
		this.publishedBy = publishedBy;
		this.publishedAt = publishedAt;
		this.version = version;
	}

	public static Notice draft(PlanId planId, RegionId regionId, ReportingPeriodId periodId, Quarter quarter,
			NoticeText text, NoticeFigures figures, String by, Instant at) {
		return new Notice(null, planId, regionId, periodId, quarter, 1, null, text, figures, NoticeState.DRAFT, by, at,
				null, null, null, null, null, null, null, 0);
	}

	/** The office rewrites the sections; only a draft changes. */
	public void edit(NoticeText newText) {
		require(NoticeState.DRAFT);
		this.text = Require.present(newText, "text");
	}

	/** 送签: the office sends the draft to a leader. */
	public void submit() {
		require(NoticeState.DRAFT);
		this.state = NoticeState.AWAITING_SIGN_OFF;
		this.returnComment = null;
	}

	/** 签发 by a leader. */
	public void signOff(String by, Instant at) {
		require(NoticeState.AWAITING_SIGN_OFF);
		this.state = NoticeState.SIGNED;
		this.signedBy = Require.present(by, "signedBy");
		this.signedAt = Require.present(at, "signedAt");
	}

	/** A leader sends it back to the office, saying what to change. */
	public void sendBack(String comment) {
		require(NoticeState.AWAITING_SIGN_OFF);
		if (comment == null || comment.isBlank()) {
			throw new DomainRuleException("notice.comment.required", "a comment is required");
		}
		if (comment.strip().length() > MAX_COMMENT) {
			throw new DomainRuleException("notice.comment.tooLong", "comment longer than " + MAX_COMMENT);
		}
		this.state = NoticeState.DRAFT;
		this.returnComment = comment.strip();
	}

	/**
	 * 撤回: the office takes back a notice waiting for, or given, sign-off to change it; a
	 * sign-off given is void.
	 */
	public void withdraw() {
		if (this.state != NoticeState.AWAITING_SIGN_OFF && this.state != NoticeState.SIGNED) {
			throw new DomainRuleException("notice.notWithdrawable", "notice " + this.id + " is " + this.state);
		}
		this.state = NoticeState.DRAFT;
		this.signedBy = null;
		this.signedAt = null;
	}

	/**
	 * 印发 on the day, as the next issue of the year or, for a correction, as the issue it
	 * corrects ({@link #issue()}).
	 */
	public void publish(IssueNumber next, LocalDate day, String by, Instant at) {
		require(NoticeState.SIGNED);
		if (this.corrects == null) {
			this.issue = Require.present(next, "issue");
		}
		this.issueDate = Require.present(day, "issueDate");
		this.publishedBy = Require.present(by, "publishedBy");
		this.publishedAt = Require.present(at, "publishedAt");
		this.state = NoticeState.PUBLISHED;
	}

	/**
	 * A draft of the next version of this published issue, with the same text to correct.
	 */
	public Notice correction(String by, Instant at) {
		require(NoticeState.PUBLISHED);
		return new Notice(null, this.planId, this.regionId, this.periodId, this.quarter, this.revision + 1, this.id,
				this.text, this.figures, NoticeState.DRAFT, by, at, null, null, null, this.issue, null, null, null, 0);
	}

	/** The correction of this notice was published: this version is history. */
	public void supersede() {
		require(NoticeState.PUBLISHED);
		this.state = NoticeState.SUPERSEDED;
	}

	/** Only a draft not yet published may be thrown away. */
	public void requireDiscardable() {
		require(NoticeState.DRAFT);
	}

	/** 退回: a leader sent it back to the office, which has not sent it again yet. */
	public boolean isSentBack() {
		return this.state == NoticeState.DRAFT && this.returnComment != null;
	}

	public boolean isPublished() {
		return this.state == NoticeState.PUBLISHED || this.state == NoticeState.SUPERSEDED;
	}

	/** Whether a leader may read it: once it was sent for sign-off. */
	public boolean isBeforeLeaders() {
		return Set.of(NoticeState.AWAITING_SIGN_OFF, NoticeState.SIGNED).contains(this.state) || isPublished();
	}

	private void require(NoticeState expected) {
		if (this.state != expected) {
			throw new DomainRuleException("notice.state." + expected,
					"notice " + this.id + " is " + this.state + ", not " + expected);
		}
	}

	public NoticeId id() {
		return this.id;
	}

	public PlanId planId() {
		return this.planId;
	}

	public RegionId regionId() {
		return this.regionId;
	}

	public ReportingPeriodId periodId() {
		return this.periodId;
	}

	public Quarter quarter() {
		return this.quarter;
	}

	public int revision() {
		return this.revision;
	}

	public NoticeId corrects() {
		return this.corrects;
	}

	public NoticeText text() {
		return this.text;
	}

	public NoticeFigures figures() {
		return this.figures;
	}

	public NoticeState state() {
		return this.state;
	}

	public String draftedBy() {
		return this.draftedBy;
	}

	public Instant draftedAt() {
		return this.draftedAt;
	}

	public String signedBy() {
		return this.signedBy;
	}

	public Instant signedAt() {
		return this.signedAt;
	}

	public String returnComment() {
		return this.returnComment;
	}

	/** 第N期 of its year: {@code null} until published, kept by a correction. */
	public IssueNumber issue() {
		return this.issue;
	}

	public LocalDate issueDate() {
		return this.issueDate;
	}

	public String publishedBy() {
		return this.publishedBy;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

	public long version() {
		return this.version;
	}

}
