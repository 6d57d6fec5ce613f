package cn.laoling.ledger.persistence.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.report.ReportEvent;

@Entity
@Table(name = "report_event")
class ReportEventEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "report_id")
	long reportId;

	@Enumerated(EnumType.STRING)
	ReportEvent.Kind kind;

	Instant at;

	String actor;

	String progress;

	@Enumerated(EnumType.STRING)
	TaskStatus status;

	String problems;

	@Column(name = "next_steps")
	String nextSteps;

	String explanation;

	/** The figures as {@code value,numerator,denominator;…}, empty where not given. */
	String figures;

	String comment;

}
