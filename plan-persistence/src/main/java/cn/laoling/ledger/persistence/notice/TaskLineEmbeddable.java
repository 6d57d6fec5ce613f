package cn.laoling.ledger.persistence.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.laoling.ledger.notice.TaskLine;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.Standing;

@Embeddable
class TaskLineEmbeddable {

	@Column(name = "task_number")
	String taskNumber;

	String text;

	@Column(name = "lead_units")
	String leadUnits;

	String deadline;

	@Enumerated(EnumType.STRING)
	Light light;

	@Enumerated(EnumType.STRING)
	Standing standing;

	String progress;

	boolean reported;

	boolean overdue;

	static TaskLineEmbeddable of(TaskLine line) {
		TaskLineEmbeddable e = new TaskLineEmbeddable();
		e.taskNumber = line.taskNumber();
		e.text = line.text();
		e.leadUnits = line.leadUnits();
		e.deadline = line.deadline();
		e.light = line.light();
		e.standing = line.standing();
		e.progress = line.progress();
		e.reported = line.reported();
		e.overdue = line.overdue();
		return e;
	}

	TaskLine toDomain() {
		return new TaskLine(this.taskNumber, this.text, this.leadUnits, this.deadline, this.light, this.standing,
				this.progress, this.reported, this.overdue);
	}

}
