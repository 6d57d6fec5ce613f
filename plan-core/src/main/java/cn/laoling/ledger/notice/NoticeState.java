package cn.laoling.ledger.notice;

/** Where a 进度通报 is on its way from draft to the units. */
public enum NoticeState {

	/** 起草: the office writes it. */
	DRAFT,

	/** 待签发: sent to a leader for sign-off. */
	AWAITING_SIGN_OFF,

	/** 已签发: a leader signed it off; the office may publish it. */
	SIGNED,

	/** 已印发: numbered and read by everyone; never changed again. */
	PUBLISHED,

	/** 已更正: a published notice a later version corrects. */
	SUPERSEDED

}
