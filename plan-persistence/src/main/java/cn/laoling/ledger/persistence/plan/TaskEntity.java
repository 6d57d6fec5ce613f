package cn.laoling.ledger.persistence.plan;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.laoling.ledger.plan.TaskStatus;

@Entity
@Table(name = "task")
class TaskEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "plan_id")
	long planId;

	@Column(name = "section_id")
	Long sectionId;

	String number;

	int position;

	String text;

	@Enumerated(EnumType.STRING)
	TaskStatus status;

	@Column(name = "closed_out")
	boolean closedOut;

	@Column(name = "extended_to")
	LocalDate extendedTo;

	@ElementCollection
	@CollectionTable(name = "task_lead_unit", joinColumns = @JoinColumn(name = "task_id"))
	@OrderColumn(name = "position")
	@Column(name = "unit_id")
	List<Long> leadUnitIds = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "task_responsible_unit", joinColumns = @JoinColumn(name = "task_id"))
	@OrderColumn(name = "position")
	@Column(name = "unit_id")
	List<Long> responsibleUnitIds = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "task_target", joinColumns = @JoinColumn(name = "task_id"))
	@OrderColumn(name = "position")
	List<TargetEmbeddable> targets = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "task_deadline", joinColumns = @JoinColumn(name = "task_id"))
	@OrderColumn(name = "position")
	List<DeadlineEmbeddable> deadlines = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "target_year", joinColumns = @JoinColumn(name = "task_id"))
	@OrderBy("target, year")
	List<YearEmbeddable> years = new ArrayList<>();

	@Version
	long version;

}
