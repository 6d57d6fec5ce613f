package cn.laoling.ledger.plan.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 任务分工表 as a document's text writes it: a header row naming the columns (序号, 重点任务,
 * 牵头单位, 责任单位, 完成时限… and their synonyms), then one row per task. A Word table or a table
 * pasted from a spreadsheet writes a row to a line, cells apart by tabs; a table copied
 * from a web page writes one cell a line. A row that spans every column is a section; a
 * header repeated on a new page is skipped; an empty 牵头单位 or 责任单位 cell under a merged one
 * takes the cell above.
 */
final class TaskTable {

	enum Column {

		NUMBER("序号|编号|项次"),

		TASK("重点任务|工作任务|任务内容|工作内容|具体措施|主要任务|工作措施|任务名称|具体任务|重点工作|工作事项|任务|措施|主要内容"),

		LEAD("牵头单位|牵头部门|牵头责任单位|主责单位|责任领导|牵头领导"),

		RESPONSIBLE("责任单位|配合单位|协办单位|参与单位|责任部门|协同单位|配合部门|责任主体"),

		DEADLINE("完成时限|时间节点|完成时间|进度安排|计划完成时间|时限要求|时限"),

		TARGET("目标|预期成效|工作目标|目标任务|预期目标|具体目标"),

		PROGRESS("进展情况|完成情况|推进情况|工作进展|进展");

		private final Pattern header;

		Column(String names) {
			this.header = Pattern.compile("(" + names + ")([（(].*[)）])?");
		}

		static Optional<Column> of(String cell) {
			String name = Simplifier.simplify(cell).replaceAll("\\s+", "");
			for (Column column : values()) {
				if (column.header.matcher(name).matches()) {
					return Optional.of(column);
				}
			}
			return Optional.empty();
		}

	}

	/** A cell's text and where it starts in the document. */
	record Cell(String original, String simplified, int start) {

		boolean isBlank() {
			return this.original.isBlank();
		}

		Span span() {
			return new Span(this.start, this.start + this.original.length());
		}

	}

	/**
	 * A task's row.
	 *
	 * @param section the section row above it, or {@code null}
	 * @param cells the row's cells by column; a column the table lacks is absent
	 */
	record Row(String section, Map<Column, Cell> cells, Span span) {

		Optional<Cell> cell(Column column) {
			return Optional.ofNullable(this.cells.get(column)).filter((c) -> !c.isBlank());
		}

	}

	/**
	 * @param unread rows that belong to the table but could not be read as a task, as
	 * written
	 */
	record Reading(List<Row> rows, List<String> unread, List<Span> headers) {

		static final Reading NONE = new Reading(List.of(), List.of(), List.of());

		boolean isEmpty() {
			return this.rows.isEmpty();
		}

	}

	private static final int MIN_COLUMNS = 3;

	private static final Pattern SECTION = Pattern
		.compile("^\\s*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分).*");

	private static final Pattern NUMBER = Pattern.compile("^\\s*[（(]?[0-9一二三四五六七八九十]{1,4}[)）.．、]?\\s*$");

	private TaskTable() {
	}

	static Reading read(SourceText source) {
		List<Line> lines = source.lines();
		List<Row> rows = new ArrayList<>();
		List<String> unread = new ArrayList<>();
		List<Span> headers = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			List<Column> header = tabHeader(lines.get(i));
			if (header != null) {
				headers.add(lines.get(i).span());
				i = tabRows(lines, i + 1, header, rows, unread, headers);
				continue;
			}
			int run = lineHeader(lines, i);
			if (run >= MIN_COLUMNS) {
				List<Column> columns = new ArrayList<>();
				for (int k = i; k < i + run; k++) {
					columns.add(Column.of(lines.get(k).original()).orElseThrow());
				}
				headers.add(new Span(lines.get(i).start(), lines.get(i + run - 1).end()));
				i = lineRows(lines, i + run, columns, rows, unread);
				continue;
			}
			i++;
		}
		return new Reading(rows, unread, headers);
	}

	/** The columns of a header row written with tabs, or {@code null}. */
	private static List<Column> tabHeader(Line line) {
		if (line.original().indexOf('\t') < 0) {
			return null;
		}
		List<Column> columns = new ArrayList<>();
		int known = 0;
		for (String cell : line.original().split("\t", -1)) {
			Optional<Column> column = Column.of(cell);
			columns.add(column.orElse(null));
			known += column.isPresent() ? 1 : 0;
		}
		return isHeader(columns, known) ? columns : null;
	}

	private static boolean isHeader(List<Column> columns, int known) {
		return known >= MIN_COLUMNS && columns.contains(Column.TASK) && (columns.contains(Column.LEAD)
				|| columns.contains(Column.RESPONSIBLE) || columns.contains(Column.DEADLINE));
	}

	/** How many lines from {@code from} name a column each, when they make a header. */
	private static int lineHeader(List<Line> lines, int from) {
		List<Column> columns = new ArrayList<>();
		int k = from;
		while (k < lines.size() && lines.get(k).original().indexOf('\t') < 0) {
			Optional<Column> column = Column.of(lines.get(k).original());
			if (column.isEmpty() || columns.contains(column.get())) {
				break;
			}
			columns.add(column.get());
			k++;
		}
		return isHeader(columns, columns.size()) ? columns.size() : 0;
	}

	private static int tabRows(List<Line> lines, int from, List<Column> header, List<Row> rows, List<String> unread,
			List<Span> headers) {
		String section = null;
		Map<Column, Cell> above = new EnumMap<>(Column.class);
		int i = from;
		for (; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (line.original().isBlank()) {
				continue;
			}
			if (line.original().indexOf('\t') < 0) {
				if (isSection(line.original()) || isBareSection(lines, i)) {
					section = line.original().strip();
					continue;
				}
				break;
			}
			if (tabHeader(line) != null) {
				headers.add(line.span());
				continue;
			}
			String[] written = line.original().split("\t", -1);
			List<Cell> cells = new ArrayList<>();
			int at = line.start();
			for (String cell : written) {
				cells.add(new Cell(cell, Simplifier.simplify(cell), at));
				at += cell.length() + 1;
			}
			long filled = cells.stream().filter((c) -> !c.isBlank()).count();
			if (filled == 1
					&& isSection(cells.stream().filter((c) -> !c.isBlank()).findFirst().orElseThrow().original())) {
				section = cells.stream().filter((c) -> !c.isBlank()).findFirst().orElseThrow().original().strip();
				continue;
			}
			Map<Column, Cell> byColumn = byColumn(header, cells);
			Optional<Row> row = row(section, byColumn, above, line.span());
			if (row.isPresent()) {
				rows.add(row.get());
				above = byColumn;
			}
			else {
				unread.add(line.original().replace('\t', ' ').strip());
			}
		}
		return i;
	}

	private static int lineRows(List<Line> lines, int from, List<Column> header, List<Row> rows, List<String> unread) {
		String section = null;
		Map<Column, Cell> above = new EnumMap<>(Column.class);
		int i = from;
		while (i < lines.size()) {
			Line first = lines.get(i);
			if (first.original().isBlank()) {
				i++;
				continue;
			}
			if (header.get(0) == Column.NUMBER && !NUMBER.matcher(first.original()).matches()) {
				if (isSection(first.original()) && first.original().length() <= 40) {
					section = first.original().strip();
					i++;
					continue;
				}
				break;
			}
			if (i + header.size() > lines.size()) {
				unread.add(first.original().strip());
				i = lines.size();
				break;
			}
			List<Cell> cells = new ArrayList<>();
			for (int k = i; k < i + header.size(); k++) {
				Line line = lines.get(k);
				cells.add(new Cell(line.original(), line.simplified(), line.start()));
			}
			Map<Column, Cell> byColumn = byColumn(header, cells);
			Span span = new Span(first.start(), lines.get(i + header.size() - 1).end());
			Optional<Row> row = row(section, byColumn, above, span);
			if (row.isEmpty()) {
				unread.add(first.original().strip());
				break;
			}
			rows.add(row.get());
			above = byColumn;
			i += header.size();
		}
		return i;
	}

	private static Map<Column, Cell> byColumn(List<Column> header, List<Cell> cells) {
		Map<Column, Cell> byColumn = new EnumMap<>(Column.class);
		for (int c = 0; c < header.size() && c < cells.size(); c++) {
			Column column = header.get(c);
			if (column != null && !byColumn.containsKey(column)) {
				byColumn.put(column, cells.get(c));
			}
		}
		return byColumn;
	}

	/**
	 * A row with its task's words; a blank unit or deadline cell under a merged one takes
	 * the cell above.
	 */
	private static Optional<Row> row(String section, Map<Column, Cell> cells, Map<Column, Cell> above, Span span) {
		Cell task = cells.get(Column.TASK);
		if (task == null || task.isBlank()) {
			return Optional.empty();
		}
		for (Column merged : List.of(Column.LEAD, Column.RESPONSIBLE, Column.DEADLINE)) {
			Cell cell = cells.get(merged);
			if ((cell == null || cell.isBlank()) && above.containsKey(merged) && !above.get(merged).isBlank()) {
				cells.put(merged, above.get(merged));
			}
		}
		return Optional.of(new Row(section, cells, span));
	}

	/**
	 * A row of one cell spanning the table, without a number ("养老服务体系建设"): Word and a
	 * copy from it write it as a line of its own, between rows of the table.
	 */
	private static boolean isBareSection(List<Line> lines, int at) {
		String text = lines.get(at).original().strip();
		if (text.length() > 30 || text.isEmpty() || "。；;，,：:".indexOf(text.charAt(text.length() - 1)) >= 0) {
			return false;
		}
		for (int next = at + 1; next < lines.size(); next++) {
			String following = lines.get(next).original();
			if (!following.isBlank()) {
				return following.indexOf('\t') >= 0;
			}
		}
		return false;
	}

	private static boolean isSection(String text) {
		return SECTION.matcher(text).matches() && text.strip().length() <= 60 && !text.strip().endsWith("。");
	}

}
