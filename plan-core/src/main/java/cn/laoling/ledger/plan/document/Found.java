package cn.laoling.ledger.plan.document;

/** Something recognised in a text, and where. */
public record Found<T>(T value, Span span) {

}
