package cn.laoling.ledger.reminder;

/** What an automatic reminder (专项工作提示) is about. */
public enum ReminderKind {

	/** 报送提醒: a period's report is due within the lead days and not yet submitted. */
	REPORT_DUE(true),

	/** 报送催办: the period's due date has passed and the report is not submitted. */
	REPORT_OVERDUE(true),

	/** 到期提醒: a task is due within the lead days and not done. */
	TASK_DUE(false),

	/** 逾期催办: a task is past its due date and not done. */
	TASK_OVERDUE(false);

	private final boolean aboutReport;

	ReminderKind(boolean aboutReport) {
		this.aboutReport = aboutReport;
	}

	/** Whether the reminder is about a period's report, rather than the task itself. */
	public boolean isAboutReport() {
		return this.aboutReport;
	}

}
