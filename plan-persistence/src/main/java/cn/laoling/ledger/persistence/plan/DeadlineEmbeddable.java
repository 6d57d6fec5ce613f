package cn.laoling.ledger.persistence.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class DeadlineEmbeddable {

	@Column(name = "due_date")
	LocalDate date;

	String wording;

	boolean implied;

}
