package cn.laoling.ledger.plan.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A document's text as the parser reads it: web-page noise removed, the original kept,
 * and beside it a simplified copy of the same length in which everything is matched.
 */
public final class SourceText {

	private final String text;

	private final String simplified;

	private final List<Line> lines;

	private SourceText(String text) {
		this.text = text;
		this.simplified = Simplifier.simplify(text);
		List<Line> found = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			int from = start;
			int to = end;
			while (from < to && Character.isWhitespace(text.charAt(from))) {
				from++;
			}
			while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
				to--;
			}
			if (to > from) {
				found.add(new Line(found.size(), from, text.substring(from, to), this.simplified.substring(from, to)));
			}
			start = end + 1;
		}
		this.lines = Collections.unmodifiableList(found);
	}

	/** A document's raw text, as read from a file or pasted. */
	public static SourceText of(String raw) {
		return new SourceText(WebNoise.strip((raw != null) ? raw : ""));
	}

	public String text() {
		return this.text;
	}

	public String simplified() {
		return this.simplified;
	}

	public List<Line> lines() {
		return this.lines;
	}

	public boolean isBlank() {
		return this.lines.isEmpty();
	}

	public String original(Span span) {
		return this.text.substring(span.start(), span.end());
	}

}
