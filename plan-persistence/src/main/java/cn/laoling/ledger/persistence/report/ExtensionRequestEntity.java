package cn.laoling.ledger.persistence.report;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.laoling.ledger.report.ExtensionState;

@Entity
@Table(name = "extension_request")
class ExtensionRequestEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "task_id")
	long taskId;

	@Column(name = "unit_id")
	long unitId;

	@Column(name = "original_due")
	LocalDate originalDue;

	@Column(name = "requested_date")
	LocalDate requestedDate;

	String reason;

	@Column(name = "requested_by")
	String requestedBy;

	@Column(name = "requested_at")
	Instant requestedAt;

	@Enumerated(EnumType.STRING)
	ExtensionState state;

	@Column(name = "decided_by")
	String decidedBy;

	@Column(name = "decided_at")
	Instant decidedAt;

	String comment;

	@Version
	long version;

}
