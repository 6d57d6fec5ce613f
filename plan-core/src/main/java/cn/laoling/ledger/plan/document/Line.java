package cn.laoling.ledger.plan.document;

/**
 * One non-blank line of a {@link SourceText}, without its surrounding blanks.
 *
 * @param index the line's position among the non-blank lines
 * @param start where the line starts in the source text
 * @param original the line as written
 * @param simplified the same line in simplified characters, of the same length
 */
public record Line(int index, int start, String original, String simplified) {

	public int end() {
		return this.start + this.original.length();
	}

	public Span span() {
		return new Span(this.start, end());
	}

	/** The original text between two positions of the simplified one. */
	public String original(int from, int to) {
		return this.original.substring(from, to);
	}

}
