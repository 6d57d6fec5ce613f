package cn.laoling.ledger.persistence.report;

import java.time.Instant;
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

import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;

@Entity
@Table(name = "report")
class ReportEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "task_id")
	long taskId;

	@Column(name = "period_id")
	long periodId;

	@Column(name = "unit_id")
	long unitId;

	@Enumerated(EnumType.STRING)
	ReportKind kind;

	String progress;

	@Enumerated(EnumType.STRING)
	TaskStatus status;

	String problems;

	@Column(name = "next_steps")
	String nextSteps;

	String explanation;

	@Enumerated(EnumType.STRING)
	ReportState state;

	@Column(name = "review_comment")
	String reviewComment;

	@Column(name = "submitted_at")
	Instant submittedAt;

	@ElementCollection
	@CollectionTable(name = "report_figure", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "position")
	List<FigureEmbeddable> figures = new ArrayList<>();

	@Version
	long version;

}
