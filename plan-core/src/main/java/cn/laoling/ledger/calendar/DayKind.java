package cn.laoling.ledger.calendar;

/** How the holiday schedule overrides the Monday-to-Friday week on a day. */
public enum DayKind {

	/** 法定节假日 / 放假: a day off, even on a weekday. */
	HOLIDAY,

	/** 调休上班: a make-up working day, even on a weekend. */
	WORKDAY

}
