package cn.laoling.ledger.report;

/** The traffic light of a task on the ledger and in notices. */
public enum Light {

	GREEN, YELLOW, RED,

	/** Closed by the office (销号): no longer judged. */
	COMPLETED,

	/** 未报送: nothing accepted for the period, so neither green nor any other colour. */
	GREY

}
