package cn.laoling.ledger.web.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.TreeSet;

import cn.laoling.ledger.plan.document.Highlight;
import cn.laoling.ledger.plan.document.PlanParse;

/** The source text in pieces, each marked with what was recognised in it. */
final class SourceView {

	private SourceView() {
	}

	/**
	 * @param css the recognised kinds as classes ({@code hl-task hl-target}), or empty
	 */
	record Segment(String text, String css) {

	}

	static List<Segment> of(PlanParse parse) {
		String text = parse.source().text();
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
		for (Highlight highlight : parse.highlights()) {
			cuts.add(highlight.span().start());
			cuts.add(highlight.span().end());
		}
		List<Segment> segments = new ArrayList<>();
		Integer start = cuts.first();
		for (Integer end : cuts.tailSet(start, false)) {
			StringJoiner css = new StringJoiner(" ");
			for (Highlight.Kind kind : Highlight.Kind.values()) {
				int from = start;
				boolean covered = parse.highlights()
					.stream()
					.anyMatch((h) -> h.kind() == kind && h.span().start() <= from && h.span().end() >= end);
				if (covered) {
					css.add("hl-" + kind.name().toLowerCase(Locale.ROOT));
				}
			}
			segments.add(new Segment(text.substring(start, end), css.toString()));
			start = end;
		}
		return segments;
	}

}
