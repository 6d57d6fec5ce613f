package cn.laoling.ledger.plan.document;

import java.util.ArrayList;
import java.util.List;

/**
 * The brackets plans write around units and inside unit names, Chinese and ASCII alike:
 * {@code （）()〔〕［］[]【】}, nested ({@code （责任单位：市委组织部（人才办））}).
 */
final class Brackets {

	private static final String OPENING = "（(〔［[【";

	private static final String CLOSING = "）)〕］]】";

	private Brackets() {
	}

	static boolean isOpening(char c) {
		return OPENING.indexOf(c) >= 0;
	}

	static boolean isClosing(char c) {
		return CLOSING.indexOf(c) >= 0;
	}

	/**
	 * Openings less closings: positive when brackets are left open, negative when closed
	 * too often.
	 */
	static int depthAtEnd(String text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isOpening(text.charAt(i))) {
				depth++;
			}
			else if (isClosing(text.charAt(i))) {
				depth--;
			}
		}
		return depth;
	}

	/**
	 * The outermost bracketed spans of a text, brackets included, each closed by its
	 * match whatever the kind; an opening never closed ends nothing.
	 */
	static List<Span> outermost(String text) {
		List<Span> spans = new ArrayList<>();
		int depth = 0;
		int start = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isOpening(c)) {
				if (depth == 0) {
					start = i;
				}
				depth++;
			}
			else if (isClosing(c) && depth > 0) {
				depth--;
				if (depth == 0) {
					spans.add(new Span(start, i + 1));
				}
			}
		}
		return spans;
	}

}
