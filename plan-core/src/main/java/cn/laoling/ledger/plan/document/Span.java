package cn.laoling.ledger.plan.document;

/**
 * Where something was found in a {@link SourceText}: from {@code start} (inclusive) to
 * {@code end} (exclusive).
 */
public record Span(int start, int end) {

	public Span {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("span must satisfy 0 <= start <= end, was " + start + ".." + end);
		}
	}

	public Span shift(int offset) {
		return new Span(this.start + offset, this.end + offset);
	}

}
