package cn.laoling.ledger.plan.document;

/** A recognised part of the source text, for showing the source beside the result. */
public record Highlight(Kind kind, Span span) {

	public enum Kind {

		FACT, SECTION, TASK, UNIT, TARGET, DEADLINE

	}

}
