package cn.laoling.ledger.persistence.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.laoling.ledger.plan.PlanStatus;

@Entity
@Table(name = "plan")
class PlanEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "region_id")
	long regionId;

	String title;

	@Column(name = "document_number")
	String documentNumber;

	String issuer;

	@Column(name = "issue_date")
	LocalDate issueDate;

	@Column(name = "period_start")
	LocalDate periodStart;

	@Column(name = "period_end")
	LocalDate periodEnd;

	@Enumerated(EnumType.STRING)
	PlanStatus status;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false)
	@OrderColumn(name = "position")
	List<SectionEntity> sections = new ArrayList<>();

	@Version
	long version;

}
