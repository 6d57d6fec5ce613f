package cn.laoling.ledger.web.spreadsheet;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.laoling.ledger.plan.PlanPeriod;

/**
 * A ledger as an office keeps it in a spreadsheet: the header row found by its column
 * names (or their synonyms) in the first rows, the title and period above it, and below
 * it section headings and task rows, a unit or deadline in a merged cell applying to
 * every row the cell spans.
 *
 * @param title the plan's title from the title row, if any
 * @param period the period from a 方案期限 note, if any
 * @param columns the ledger columns the sheet has
 */
public record LedgerTable(String title, PlanPeriod period, Set<LedgerColumn> columns, List<Entry> entries) {

	static final int HEADER_WITHIN = 10;

	private static final Pattern HEADING = Pattern
		.compile("^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]).*");

	private static final Pattern QUOTED_TITLE = Pattern.compile("《(.+)》");

	private static final Pattern TITLE_SUFFIX = Pattern.compile("(任务分工台账|任务分解表|工作台账|任务清单|台账)$");

	private static final Pattern PERIOD = Pattern
		.compile("(\\d{4}-\\d{1,2}-\\d{1,2})\\s*(?:至|到|—|-|～|~)\\s*(\\d{4}-\\d{1,2}-\\d{1,2})");

	private static final Set<LedgerColumn> SPANNING = Set.of(LedgerColumn.LEAD_UNITS, LedgerColumn.RESPONSIBLE_UNITS,
			LedgerColumn.DEADLINE, LedgerColumn.STATUS);

	/**
	 * A row below the header: a task's cells, under the section heading above it.
	 *
	 * @param row the row's number as the spreadsheet shows it
	 */
	public record Entry(int row, String section, Map<LedgerColumn, String> cells) {

		public Entry {
			cells = Map.copyOf(cells);
		}

		public String cell(LedgerColumn column) {
			return this.cells.getOrDefault(column, "");
		}

	}

	public static LedgerTable of(SheetGrid grid, SheetTexts texts) throws UnreadableSheet {
		Map<LedgerColumn, List<Integer>> columns = null;
		int header = -1;
		for (SheetGrid.Row row : grid.rows()) {
			if (row.number() > HEADER_WITHIN) {
				break;
			}
			Map<LedgerColumn, List<Integer>> found = headerColumns(row, texts);
			if (found.size() >= 2 && found.containsKey(LedgerColumn.TASK)) {
				columns = found;
				header = row.number();
				break;
			}
		}
		if (columns == null) {
			throw new UnreadableSheet("sheet.header.notFound");
		}
		String title = "";
		PlanPeriod period = null;
		List<Entry> entries = new ArrayList<>();
		String section = "";
		for (SheetGrid.Row row : grid.rows()) {
			if (row.number() < header) {
				String text = String.join(" ", row.cells()).strip();
				if (title.isEmpty() && !text.isEmpty()) {
					title = titleOf(text);
				}
				period = Optional.ofNullable(period).orElse(periodIn(text));
				continue;
			}
			if (row.number() == header || row.cells().stream().allMatch(String::isBlank)) {
				continue;
			}
			Optional<String> heading = headingOf(grid, row, columns);
			if (heading.isPresent()) {
				section = heading.get();
				continue;
			}
			Map<LedgerColumn, String> cells = new EnumMap<>(LedgerColumn.class);
			for (Map.Entry<LedgerColumn, List<Integer>> column : columns.entrySet()) {
				List<String> values = new ArrayList<>();
				for (int c : column.getValue()) {
					String value = SPANNING.contains(column.getKey()) ? grid.shown(row.number(), c) : row.cell(c);
					if (!value.isBlank()) {
						values.add(value.strip());
					}
				}
				cells.put(column.getKey(), String.join(texts.message("list.separator"), values));
			}
			entries.add(new Entry(row.number(), section, cells));
		}
		return new LedgerTable(title, period, columns.keySet(), entries);
	}

	private static Map<LedgerColumn, List<Integer>> headerColumns(SheetGrid.Row row, SheetTexts texts) {
		Map<LedgerColumn, List<Integer>> found = new EnumMap<>(LedgerColumn.class);
		for (int c = 0; c < row.cells().size(); c++) {
			String name = normalised(row.cell(c));
			if (name.isEmpty()) {
				continue;
			}
			for (LedgerColumn column : LedgerColumn.values()) {
				if (texts.names(column).stream().map(LedgerTable::normalised).anyMatch(name::equals)) {
					found.computeIfAbsent(column, (k) -> new ArrayList<>()).add(c);
					break;
				}
			}
		}
		return found;
	}

	private static String normalised(String header) {
		return header.replaceAll("[（(][^）)]*[）)]", "").replaceAll("[\\s:：*]", "");
	}

	/**
	 * A row spanning the table in one merged cell, or with nothing but a numbered heading
	 * in its first cells, heads a section.
	 */
	private static Optional<String> headingOf(SheetGrid grid, SheetGrid.Row row,
			Map<LedgerColumn, List<Integer>> columns) {
		List<String> filled = row.cells().stream().filter((c) -> !c.isBlank()).toList();
		Optional<SheetGrid.Merge> merge = grid.mergeAt(row.number(), firstFilled(row));
		boolean spanning = merge.filter((m) -> m.firstRow() == m.lastRow() && m.lastColumn() - m.firstColumn() >= 2)
			.isPresent();
		if (filled.size() == 1 && (spanning || HEADING.matcher(filled.get(0).strip()).matches())) {
			return Optional.of(filled.get(0).strip());
		}
		return Optional.empty();
	}

	private static int firstFilled(SheetGrid.Row row) {
		for (int c = 0; c < row.cells().size(); c++) {
			if (!row.cell(c).isBlank()) {
				return c;
			}
		}
		return 0;
	}

	private static String titleOf(String text) {
		Matcher quoted = QUOTED_TITLE.matcher(text);
		if (quoted.find()) {
			return quoted.group(1).strip();
		}
		return TITLE_SUFFIX.matcher(text.replaceAll("\\s", "")).replaceFirst("");
	}

	private static PlanPeriod periodIn(String text) {
		Matcher matcher = PERIOD.matcher(text);
		if (!matcher.find()) {
			return null;
		}
		try {
			LocalDate start = LocalDate.parse(padded(matcher.group(1)));
			LocalDate end = LocalDate.parse(padded(matcher.group(2)));
			return end.isBefore(start) ? null : new PlanPeriod(start, end);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String padded(String date) {
		String[] parts = date.split("-");
		return String.format("%s-%02d-%02d", parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
	}

}
