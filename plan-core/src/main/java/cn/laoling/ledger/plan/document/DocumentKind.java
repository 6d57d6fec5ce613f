package cn.laoling.ledger.plan.document;

/** What a document turned out to be. */
public enum DocumentKind {

	/** A plan, possibly inside the notice that issues it. */
	PLAN,

	/** A reply to a deputy's proposal (提案/建议办理答复), whose commitments are tasks. */
	REPLY,

	/** Anything else, such as a news report: no tasks. */
	NOT_A_PLAN

}
