package cn.laoling.ledger.persistence.plan;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.Recurrence;

@Embeddable
class TargetEmbeddable {

	@Column(name = "value_low")
	BigDecimal low;

	@Column(name = "value_high")
	BigDecimal high;

	String measure;

	String counted;

	@Enumerated(EnumType.STRING)
	Comparator comparator;

	@Enumerated(EnumType.STRING)
	Recurrence recurrence;

}
