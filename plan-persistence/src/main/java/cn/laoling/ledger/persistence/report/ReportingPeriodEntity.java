package cn.laoling.ledger.persistence.report;

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

import cn.laoling.ledger.report.PeriodState;

@Entity
@Table(name = "reporting_period")
class ReportingPeriodEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "plan_id")
	long planId;

	int year;

	int quarter;

	@Column(name = "due_date")
	LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	PeriodState state;

	@Version
	long version;

}
