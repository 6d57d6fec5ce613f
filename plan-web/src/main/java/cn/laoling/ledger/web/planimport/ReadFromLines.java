package cn.laoling.ledger.web.planimport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.laoling.ledger.plan.document.ParsedTask;
import cn.laoling.ledger.plan.document.PlanParse;
import cn.laoling.ledger.plan.document.ReadFrom;
import cn.laoling.ledger.plan.document.SourceText;
import cn.laoling.ledger.plan.document.Span;

/**
 * Beside each task of the preview, in words, where its units and deadline were read: the
 * lines of the source that name its units (its own clause, its section's, a clause stated
 * once for the tasks after it), the rule that chose its lead unit, the deadline's words.
 *
 * @param byTask the lines of each task, by the index of its card
 */
record ReadFromLines(List<List<String>> byTask) {

	/** The characters of a source line shown around what was read in it. */
	private static final int EXCERPT = 40;

	static ReadFromLines of(PlanParse parse, ParseTexts texts) {
		SourceText source = parse.source();
		List<List<String>> byTask = new ArrayList<>();
		for (ParsedTask task : parse.tasks()) {
			ReadFrom readFrom = task.readFrom();
			List<String> lines = new ArrayList<>();
			Set<String> units = new LinkedHashSet<>();
			readFrom.units().forEach((span) -> units.add(excerpt(source, span)));
			lines.add(units.isEmpty() ? texts.message("import.readFrom.noUnits")
					: texts.message("import.readFrom.units", String.join(" … ", units)));
			if (readFrom.unitRule() != null) {
				lines.add(texts.message("import.readFrom.rule", source.original(readFrom.unitRule()).strip()));
			}
			Set<String> deadlines = new LinkedHashSet<>();
			readFrom.deadlines().forEach((span) -> deadlines.add(source.original(span)));
			lines.add(deadlines.isEmpty() ? texts.message("import.readFrom.noDeadline")
					: texts.message("import.readFrom.deadline", String.join("、", deadlines)));
			byTask.add(List.copyOf(lines));
		}
		return new ReadFromLines(List.copyOf(byTask));
	}

	/** The lines of the task on card {@code index}. */
	public List<String> at(int index) {
		return (index < this.byTask.size()) ? this.byTask.get(index) : List.of();
	}

	/** The line the span is in, cut to a window around it when long. */
	private static String excerpt(SourceText source, Span span) {
		String text = source.text();
		int lineStart = text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
		int lineEnd = text.indexOf('\n', span.end());
		lineEnd = (lineEnd < 0) ? text.length() : lineEnd;
		int from = Math.max(lineStart, Math.min(span.start() - EXCERPT / 4, lineEnd - EXCERPT));
		int to = Math.min(lineEnd, Math.max(span.end(), from + EXCERPT));
		String excerpt = text.substring(from, to).replace('\t', ' ').strip();
		return ((from > lineStart) ? "…" : "") + excerpt + ((to < lineEnd) ? "…" : "");
	}

}
