package cn.laoling.ledger.persistence.notice;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.laoling.ledger.notice.TargetLine;
import cn.laoling.ledger.report.Standing;

@Embeddable
class TargetLineEmbeddable {

	@Column(name = "task_number")
	String taskNumber;

	String description;

	String symbol;

	BigDecimal goal;

	BigDecimal expected;

	BigDecimal actual;

	BigDecimal rate;

	@Enumerated(EnumType.STRING)
	Standing standing;

	static TargetLineEmbeddable of(TargetLine line) {
		TargetLineEmbeddable e = new TargetLineEmbeddable();
		e.taskNumber = line.taskNumber();
		e.description = line.description();
		e.symbol = line.symbol();
		e.goal = line.goal();
		e.expected = line.expected();
		e.actual = line.actual();
		e.rate = line.rate();
		e.standing = line.standing();
		return e;
	}

	TargetLine toDomain() {
		return new TargetLine(this.taskNumber, this.description, this.symbol, this.goal, this.expected, this.actual,
				this.rate, this.standing);
	}

}
