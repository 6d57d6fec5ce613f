package cn.laoling.ledger.persistence.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.laoling.ledger.notice.NoticeState;

@Entity
@Table(name = "notice")
class NoticeEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "plan_id")
	long planId;

	@Column(name = "region_id")
	long regionId;

	@Column(name = "period_id")
	long periodId;

	int year;

	int quarter;

	int revision;

	@Column(name = "corrects_id")
	Long correctsId;

	String masthead;

	String issuer;

	String title;

	String addressees;

	String overview;

	String problems;

	String requirements;

	String praise;

	@Column(name = "task_count")
	int taskCount;

	int completed;

	@Column(name = "closed_out")
	int closedOut;

	int ahead;

	@Column(name = "on_schedule")
	int onSchedule;

	int behind;

	int overdue;

	int unreported;

	@Enumerated(EnumType.STRING)
	NoticeState state;

	@Column(name = "drafted_by")
	String draftedBy;

	@Column(name = "drafted_at")
	Instant draftedAt;

	@Column(name = "signed_by")
	String signedBy;

	@Column(name = "signed_at")
	Instant signedAt;

	@Column(name = "return_comment")
	String returnComment;

	Integer number;

	@Column(name = "issue_year")
	Integer issueYear;

	@Column(name = "issue_date")
	LocalDate issueDate;

	@Column(name = "published_by")
	String publishedBy;

	@Column(name = "published_at")
	Instant publishedAt;

	@ElementCollection
	@CollectionTable(name = "notice_target_line", joinColumns = @JoinColumn(name = "notice_id"))
	@OrderColumn(name = "position")
	List<TargetLineEmbeddable> targets = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "notice_task_line", joinColumns = @JoinColumn(name = "notice_id"))
	@OrderColumn(name = "position")
	List<TaskLineEmbeddable> tasks = new ArrayList<>();

	@Version
	long version;

}
