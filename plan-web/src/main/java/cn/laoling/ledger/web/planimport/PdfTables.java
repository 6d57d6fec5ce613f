package cn.laoling.ledger.web.planimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of a PDF's body lines: paragraphs whose lines the page wrapped written as one
 * line again, and a table (a line of three or more cells, and the lines under it whose
 * text stands in its columns) a row to a line, its cells between tabs, each cell's
 * wrapped lines joined. A row starts where the first column has a number, or, in a table
 * without one, where the gap above a line is wider than between a cell's lines. A line
 * across the columns is a section row; the header repeated on a new page is left out.
 */
final class PdfTables {

	private static final Pattern MARKER = Pattern
		.compile("^\\s*(\\d{1,3}[.．、]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]{1,3}[)）]|第[一二三四五六七八九十]+[章条部分])");

	private static final Pattern ROW_NUMBER = Pattern.compile("^\\s*[（(]?(\\d{1,3}|[一二三四五六七八九十]{1,3})[)）.．、]?\\s*$");

	private static final Pattern ARABIC = Pattern.compile("\\d{1,3}[.．、]?");

	private static final String CLOSING = "。；;！？!?）)";

	private final List<PdfLine> lines;

	private final StringBuilder text = new StringBuilder();

	/** Where the prose's lines start. */
	private float left = Float.MAX_VALUE;

	/**
	 * Where a full line of prose ends: most lines of a plan are full, and the longest
	 * reach past the margin by a punctuation mark the page lets hang.
	 */
	private float right;

	private PdfTables(List<PdfLine> lines) {
		this.lines = lines;
	}

	static String text(List<PdfLine> lines) {
		PdfTables tables = new PdfTables(lines);
		tables.write(tables.tables());
		return tables.text.toString();
	}

	/**
	 * Where the tables are, each from its header line, with its columns; and from the
	 * lines outside them, the prose's margins.
	 */
	private Map<Integer, Table> tables() {
		Map<Integer, Table> tables = new HashMap<>();
		List<Float> rights = new ArrayList<>();
		int i = 0;
		while (i < this.lines.size()) {
			PdfLine line = this.lines.get(i);
			if (line.fragments().size() >= 3) {
				Columns columns = new Columns(line);
				int end = columns.end(this.lines, i + 1);
				if (end > i + 1) {
					Table table = ruled(i, end).orElse(new Table(columns, i, i + 1, end, false));
					tables.put(table.header(), table);
					i = end;
					continue;
				}
			}
			this.left = Math.min(this.left, line.left());
			rights.add(line.right());
			i++;
		}
		rights.sort(null);
		this.right = rights.isEmpty() ? 0 : rights.get(rights.size() * 3 / 4);
		return tables;
	}

	/**
	 * @param header the header row's first line
	 * @param body the first line under the header
	 * @param ruled whether its rows are told by the rules drawn between them
	 */
	private record Table(Columns columns, int header, int body, int end, boolean ruled) {
	}

	/**
	 * The table whose header line was found at {@code at}, when rules are drawn between
	 * its rows: its header row is every line between the rules around that line (a
	 * heading the column wrapped, centred in its cell), its columns those of all of them.
	 */
	private Optional<Table> ruled(int at, int end) {
		long rules = this.lines.subList(at + 1, end).stream().filter(PdfLine::ruledAbove).count();
		if (rules < 2) {
			return Optional.empty();
		}
		int header = at;
		while (header > Math.max(0, at - 3) && !this.lines.get(header).ruledAbove()) {
			header--;
		}
		if (!this.lines.get(header).ruledAbove()) {
			header = at;
		}
		int body = at + 1;
		while (body < end && !this.lines.get(body).ruledAbove()) {
			body++;
		}
		return Optional.of(new Table(new Columns(merged(this.lines.subList(header, body))), header, body, end, true));
	}

	/**
	 * Lines taken as one: their glyphs line after line, their fragments merged where they
	 * stand over each other (a heading the column wrapped).
	 */
	private static PdfLine merged(List<PdfLine> lines) {
		List<PdfLine.Fragment> pieces = new ArrayList<>();
		List<PdfLine.Glyph> glyphs = new ArrayList<>();
		float em = 0;
		for (PdfLine line : lines) {
			pieces.addAll(line.fragments());
			glyphs.addAll(line.glyphs());
			em = Math.max(em, line.em());
		}
		pieces.sort((a, b) -> Float.compare(a.x(), b.x()));
		List<PdfLine.Fragment> fragments = new ArrayList<>();
		for (PdfLine.Fragment piece : pieces) {
			PdfLine.Fragment last = fragments.isEmpty() ? null : fragments.get(fragments.size() - 1);
			if (last != null && piece.x() < last.right() + 0.3f * em) {
				fragments.set(fragments.size() - 1, new PdfLine.Fragment(last.x(),
						Math.max(last.right(), piece.right()), last.text() + piece.text()));
			}
			else {
				fragments.add(piece);
			}
		}
		return new PdfLine(lines.get(0).y(), em, fragments, glyphs, lines.get(0).ruledAbove());
	}

	private void write(Map<Integer, Table> tables) {
		PdfLine previous = null;
		int i = 0;
		while (i < this.lines.size()) {
			Table table = tables.get(i);
			if (table != null) {
				endParagraph();
				if (table.ruled()) {
					ruledTable(table);
				}
				else {
					table(table.columns(), i, table.end());
				}
				previous = null;
				i = table.end();
				continue;
			}
			PdfLine line = this.lines.get(i);
			if (previous != null && !continues(previous, line)) {
				this.text.append('\n');
			}
			this.text.append(line.text());
			previous = line;
			i++;
		}
		endParagraph();
	}

	private void endParagraph() {
		if (!this.text.isEmpty() && this.text.charAt(this.text.length() - 1) != '\n') {
			this.text.append('\n');
		}
	}

	/**
	 * Whether the line goes on with the one above: that one reached the right margin (the
	 * page wrapped it) and is not a centred title, or both are a title the page wrapped;
	 * and this one neither is indented as a new paragraph nor, after a closed sentence,
	 * starts with a number of its own.
	 */
	private boolean continues(PdfLine above, PdfLine line) {
		float em = Math.max(above.em(), line.em());
		float indent = above.left() - this.left;
		boolean centred = indent > 1.5f * em && Math.abs(indent - (this.right - above.right())) < 2 * em;
		boolean wrapped = above.right() >= this.right - 1.2f * em && !centred;
		boolean indented = line.left() > this.left + 1.5f * em;
		String before = above.text().strip();
		boolean closed = !before.isEmpty() && CLOSING.indexOf(before.charAt(before.length() - 1)) >= 0;
		if (!wrapped && !closed && isTitleWrapped(above, line, em)) {
			return true;
		}
		return wrapped && !indented && !(closed && MARKER.matcher(line.text()).find());
	}

	/**
	 * A long title the page wrapped: both lines centred on the page, the first taking
	 * most of its width.
	 */
	private boolean isTitleWrapped(PdfLine above, PdfLine line, float em) {
		float middle = (this.left + this.right) / 2;
		boolean aboveCentred = Math.abs((above.left() + above.right()) / 2 - middle) < 1.5f * em;
		boolean lineCentred = Math.abs((line.left() + line.right()) / 2 - middle) < 1.5f * em;
		boolean wide = above.right() - above.left() >= 0.6f * (this.right - this.left);
		return aboveCentred && lineCentred && wide && line.left() > this.left + 1.5f * em;
	}

	private void table(Columns columns, int header, int end) {
		columns.fit(this.lines, header + 1, end);
		String heading = String.join("\t", columns.cells(this.lines.get(header)));
		this.text.append(heading).append('\n');
		boolean numbered = columns.isNumbered();
		float pitch = Float.MAX_VALUE;
		for (int i = header + 2; i < end; i++) {
			float gap = this.lines.get(i).y() - this.lines.get(i - 1).y();
			if (gap > 0) {
				pitch = Math.min(pitch, gap);
			}
		}
		StringBuilder[] row = null;
		for (int i = header + 1; i < end; i++) {
			PdfLine line = this.lines.get(i);
			List<String> cells = columns.cells(line);
			if (String.join("\t", cells).equals(heading)) {
				continue;
			}
			if (columns.isAcross(line)) {
				flush(row);
				row = null;
				this.text.append(line.text()).append('\n');
				continue;
			}
			float gap = line.y() - this.lines.get(i - 1).y();
			boolean starts = numbered ? columns.isNumbered(line) : (gap < 0 || gap > 1.25f * pitch);
			if (row == null || starts) {
				flush(row);
				row = emptyRow(columns.count());
			}
			append(row, cells);
		}
		flush(row);
	}

	/**
	 * A table whose rows are told by the rules between them: the lines of a row joined
	 * column by column, whatever line of its cell a value stands on (a number centred in
	 * a tall cell). A row of one piece of text across the columns is a section; the
	 * header repeated on a new page is left out; a row without its number under a table
	 * that has them goes on with the row above (the page cut it).
	 */
	private void ruledTable(Table table) {
		Columns columns = table.columns();
		columns.fit(this.lines, table.body(), table.end());
		String heading = String.join("\t",
				columns.cells(merged(this.lines.subList(table.header(), table.body())))
					.stream()
					.map(String::strip)
					.toList());
		this.text.append(heading).append('\n');
		StringBuilder[] row = null;
		int i = table.body();
		while (i < table.end()) {
			int next = i + 1;
			while (next < table.end() && !this.lines.get(next).ruledAbove()) {
				next++;
			}
			List<PdfLine> group = this.lines.subList(i, next);
			i = next;
			PdfLine whole = merged(group);
			List<String> cells = columns.cells(whole).stream().map(String::strip).toList();
			if (String.join("\t", cells).equals(heading)) {
				continue;
			}
			boolean across = group.stream().allMatch((line) -> line.fragments().size() == 1)
					&& columns.column(whole.right() - 0.5f * whole.em()) > columns.column(whole.left())
					&& !columns.isNumbered(whole);
			boolean unnumbered = columns.isNumbered() && !cells.get(0).isEmpty()
					&& !ARABIC.matcher(cells.get(0)).matches()
					&& cells.subList(Math.min(2, cells.size()), cells.size()).stream().allMatch(String::isEmpty);
			if (across || unnumbered) {
				flush(row);
				row = null;
				this.text.append(String.join("", cells)).append('\n');
				continue;
			}
			if (row == null || !(columns.isNumbered() && cells.get(0).isEmpty())) {
				flush(row);
				row = emptyRow(columns.count());
			}
			append(row, cells);
		}
		flush(row);
	}

	private static StringBuilder[] emptyRow(int columns) {
		StringBuilder[] row = new StringBuilder[columns];
		for (int c = 0; c < columns; c++) {
			row[c] = new StringBuilder();
		}
		return row;
	}

	/** A line's (or a ruled row's) cells added to the row's, column by column. */
	private static void append(StringBuilder[] row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			row[c].append(cells.get(c));
		}
	}

	private void flush(StringBuilder[] row) {
		if (row == null) {
			return;
		}
		List<String> cells = new ArrayList<>();
		for (StringBuilder cell : row) {
			cells.add(cell.toString().strip());
		}
		this.text.append(String.join("\t", cells)).append('\n');
	}

	/**
	 * A table's columns, from its header line: at first each reaches halfway to the next
	 * header cell; once the table's lines are known, the boundary between two columns is
	 * the widest gap under them where no line has a character.
	 */
	private static final class Columns {

		private final PdfLine header;

		private final float[] starts;

		private final float em;

		private boolean numbered;

		Columns(PdfLine header) {
			this.header = header;
			List<PdfLine.Fragment> fragments = header.fragments();
			this.starts = new float[fragments.size()];
			this.starts[0] = Float.NEGATIVE_INFINITY;
			for (int i = 1; i < fragments.size(); i++) {
				this.starts[i] = (fragments.get(i - 1).right() + fragments.get(i).x()) / 2;
			}
			this.em = header.em();
		}

		int count() {
			return this.starts.length;
		}

		/** Moves each boundary into the widest gap the table's lines leave under it. */
		void fit(List<PdfLine> lines, int from, int end) {
			List<PdfLine.Fragment> heads = this.header.fragments();
			for (int c = 1; c < heads.size(); c++) {
				float a = heads.get(c - 1).right();
				float b = heads.get(c).x();
				List<float[]> taken = new ArrayList<>();
				for (int i = from; i < end; i++) {
					for (PdfLine.Glyph glyph : lines.get(i).glyphs()) {
						if (glyph.right() > a && glyph.x() < b) {
							taken.add(new float[] { glyph.x(), glyph.right() });
						}
					}
				}
				taken.sort((p, q) -> Float.compare(p[0], q[0]));
				float widest = 0;
				float at = this.starts[c];
				float free = a;
				for (float[] span : taken) {
					if (span[0] - free > widest) {
						widest = span[0] - free;
						at = (free + span[0]) / 2;
					}
					free = Math.max(free, span[1]);
				}
				if (b - free > widest) {
					at = (free + b) / 2;
				}
				this.starts[c] = at;
			}
			for (int i = from; i < end; i++) {
				this.numbered |= isNumbered(lines.get(i));
			}
		}

		boolean isNumbered() {
			return this.numbered;
		}

		int column(float x) {
			int column = 0;
			for (int i = 1; i < this.starts.length; i++) {
				if (x >= this.starts[i]) {
					column = i;
				}
			}
			return column;
		}

		/** The line's text in each column; empty where it has none. */
		List<String> cells(PdfLine line) {
			List<StringBuilder> cells = new ArrayList<>();
			for (int i = 0; i < this.starts.length; i++) {
				cells.add(new StringBuilder());
			}
			for (PdfLine.Glyph glyph : line.glyphs()) {
				cells.get(column((glyph.x() + glyph.right()) / 2)).append(glyph.text());
			}
			return cells.stream().map(StringBuilder::toString).toList();
		}

		boolean isNumbered(PdfLine line) {
			PdfLine.Fragment first = line.fragments().get(0);
			return column(first.x()) == 0 && ROW_NUMBER.matcher(cells(line).get(0)).matches();
		}

		/**
		 * One piece of text running over a column's boundary: a section row, or prose; in
		 * a table whose first column holds the numbers, text that starts there and is no
		 * number too.
		 */
		boolean isAcross(PdfLine line) {
			if (line.fragments().size() != 1 || this.starts.length <= 2) {
				return false;
			}
			int first = column(line.left());
			int last = column(line.right() - 0.5f * this.em);
			return last > first + 1 || (this.numbered && first == 0 && last > 0 && !isNumbered(line));
		}

		/**
		 * Where the table ends: at the first line that is neither its row nor a section.
		 */
		int end(List<PdfLine> lines, int from) {
			int end = from;
			for (int i = from; i < lines.size(); i++) {
				PdfLine line = lines.get(i);
				if (!isAcross(line)) {
					end = i + 1;
				}
				else if (!rowFollows(lines, i + 1)) {
					break;
				}
			}
			return end;
		}

		private boolean rowFollows(List<PdfLine> lines, int from) {
			for (int i = from; i < Math.min(lines.size(), from + 3); i++) {
				if (!isAcross(lines.get(i))) {
					return lines.get(i).fragments().size() > 1 || isNumbered(lines.get(i));
				}
			}
			return false;
		}

	}

}
