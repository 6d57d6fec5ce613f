package cn.laoling.ledger.web.planimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.document.DeadlineReader;
import cn.laoling.ledger.plan.document.Found;
import cn.laoling.ledger.plan.document.TargetReader;
import cn.laoling.ledger.plan.document.UnitNames;
import cn.laoling.ledger.unit.UnitDirectory;
import cn.laoling.ledger.web.spreadsheet.LedgerColumn;
import cn.laoling.ledger.web.spreadsheet.LedgerTable;
import cn.laoling.ledger.web.spreadsheet.SheetTexts;
import cn.laoling.ledger.web.support.TargetText;
import cn.laoling.ledger.web.task.TaskFormRows;

/**
 * Reads the rows of a ledger spreadsheet into the tasks of an import, with the same
 * target and deadline recognition as a plan document. Into an existing plan, a row is
 * matched to the task of the same 序号, and a cell that reads exactly as this application
 * writes that task's value keeps the value: a file exported here comes back unchanged.
 */
final class SheetImport {

	private static final Pattern YEAR = Pattern.compile("(20\\d\\d)");

	private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");

	private static final List<LedgerColumn> COMPARED = List.of(LedgerColumn.TASK, LedgerColumn.TARGETS,
			LedgerColumn.LEAD_UNITS, LedgerColumn.RESPONSIBLE_UNITS, LedgerColumn.DEADLINE);

	/**
	 * A task of the plan the spreadsheet goes into, with its cells as an export writes
	 * them.
	 */
	record Existing(Task task, String section, Map<LedgerColumn, String> cells) {
	}

	record Result(ImportForm form, List<SheetRow> rows, Map<String, Long> versions, List<String> notInFile) {
	}

	private final SheetTexts texts;

	private final TargetText targetText;

	private final UnitDirectory directory;

	private final Pattern implied;

	private final Pattern extended;

	SheetImport(SheetTexts texts, TargetText targetText, UnitDirectory directory) {
		this.texts = texts;
		this.targetText = targetText;
		this.directory = directory;
		String[] around = texts.message("task.deadline.implied", "\u0000").split("\u0000", -1);
		this.implied = Pattern.compile(Pattern.quote(around[0]) + "\\d{4}-\\d{2}-\\d{2}" + Pattern.quote(around[1]));
		String[] extension = texts.message("task.deadline.extended", "\u0000").split("\u0000", -1);
		this.extended = Pattern
			.compile(Pattern.quote(extension[0]) + "\\d{4}-\\d{2}-\\d{2}" + Pattern.quote(extension[1]));
	}

	/**
	 * Into a new plan: its title and period from the sheet, else from its name and years.
	 */
	Result intoNewPlan(LedgerTable table, String fileName, LocalDate today) {
		ImportForm form = new ImportForm();
		String title = table.title().isBlank() ? baseName(fileName) : table.title();
		form.setTitle(title);
		PlanPeriod period = (table.period() != null) ? table.period() : PlanPeriod.year(yearIn(title, today));
		form.setPeriodStart(period.start());
		form.setPeriodEnd(period.end());
		return read(table, form, period, Map.of());
	}

	/** Into an existing plan, matched by 序号. */
	Result intoPlan(LedgerTable table, PlanPeriod period, Map<String, Existing> existing) {
		return read(table, new ImportForm(), period, existing);
	}

	private Result read(LedgerTable table, ImportForm form, PlanPeriod period, Map<String, Existing> existing) {
		boolean numbered = table.columns().contains(LedgerColumn.NUMBER);
		boolean sectioned = table.entries().stream().anyMatch((e) -> !e.section().isEmpty());
		Set<String> sections = new LinkedHashSet<>();
		Set<String> seen = new HashSet<>();
		List<SheetRow> rows = new ArrayList<>();
		Map<String, Long> versions = new LinkedHashMap<>();
		for (int i = 0; i < table.entries().size(); i++) {
			LedgerTable.Entry entry = table.entries().get(i);
			List<String> errors = new ArrayList<>();
			List<String> warnings = new ArrayList<>();
			String number = numbered ? entry.cell(LedgerColumn.NUMBER) : String.valueOf(i + 1);
			number = number.replaceAll("[.、．]+$", "").strip();
			if (number.isEmpty()) {
				errors.add(message("sheet.row.numberMissing"));
			}
			else if (number.length() > 20) {
				errors.add(message("sheet.row.numberTooLong"));
			}
			else if (!seen.add(new TaskNumber(number).value())) {
				errors.add(message("sheet.row.numberRepeated", number));
			}
			Existing match = existing.get(number);
			String section = (sectioned || match == null) ? entry.section() : match.section();
			if (!section.isEmpty()) {
				sections.add(section);
			}
			List<String> changed = new ArrayList<>();
			if (match != null) {
				COMPARED.stream()
					.filter((c) -> table.columns().contains(c) && !entry.cell(c).equals(match.cells().get(c)))
					.forEach((c) -> changed.add(this.texts.header(c)));
				if (!section.equals(match.section())) {
					changed.add(message("sheet.preview.section"));
				}
			}
			String text = kept(LedgerColumn.TASK, entry, match, table) ? match.task().text()
					: entry.cell(LedgerColumn.TASK);
			if (text.isBlank()) {
				errors.add(message("sheet.row.textMissing"));
			}
			else if (text.length() > TaskContent.MAX_TEXT) {
				errors.add(message("sheet.row.textTooLong", TaskContent.MAX_TEXT));
			}
			String lead = kept(LedgerColumn.LEAD_UNITS, entry, match, table)
					? match.cells().get(LedgerColumn.LEAD_UNITS) : entry.cell(LedgerColumn.LEAD_UNITS);
			String responsible = kept(LedgerColumn.RESPONSIBLE_UNITS, entry, match, table)
					? match.cells().get(LedgerColumn.RESPONSIBLE_UNITS) : entry.cell(LedgerColumn.RESPONSIBLE_UNITS);
			if (UnitNames.split(lead).isEmpty()) {
				errors.add(message("sheet.row.leadMissing"));
			}
			List<String> unknown = new ArrayList<>(this.directory.unknown(UnitNames.split(lead)));
			unknown.addAll(this.directory.unknown(UnitNames.split(responsible)));
			if (!unknown.isEmpty()) {
				warnings.add(message("sheet.row.unknownUnits", String.join("、", unknown)));
			}
			List<Target> targets = targets(entry, match, table, text, warnings);
			List<Deadline> deadlines = deadlines(entry, match, table, period, warnings);

			ImportTaskForm task = new ImportTaskForm();
			task.setNumber(number);
			task.setSection(section);
			task.setText(text);
			task.setLeadUnits(lead);
			task.setResponsibleUnits(responsible);
			task.setProgress(entry.cell(LedgerColumn.PROGRESS));
			targets.forEach((t) -> task.getTargets().add(TaskFormRows.rowOf(t)));
			deadlines.forEach((d) -> task.getDeadlines().add(TaskFormRows.rowOf(d)));
			form.getTasks().add(task);
			if (match != null) {
				versions.put(number, match.task().version());
			}
			SheetRow.Change change = (match == null) ? SheetRow.Change.NEW
					: changed.isEmpty() ? SheetRow.Change.UNCHANGED : SheetRow.Change.CHANGED;
			rows.add(
					new SheetRow(entry.row(), number, section, text, targets.stream().map(this.targetText::of).toList(),
							lead, responsible, shown(deadlines, period), change, changed, errors, warnings));
		}
		form.setSections(String.join("\n", sections));
		List<String> notInFile = existing.keySet().stream().filter((n) -> !versions.containsKey(n)).toList();
		return new Result(form, rows, versions, notInFile);
	}

	private List<Target> targets(LedgerTable.Entry entry, Existing match, LedgerTable table, String text,
			List<String> warnings) {
		boolean targetsFromText = !table.columns().contains(LedgerColumn.TARGETS);
		if (kept(LedgerColumn.TARGETS, entry, match, table)
				&& !(targetsFromText && !kept(LedgerColumn.TASK, entry, match, table))) {
			return match.task().targets();
		}
		String cell = entry.cell(LedgerColumn.TARGETS);
		List<Target> targets = TargetReader.read(cell.isBlank() ? text : cell)
			.targets()
			.stream()
			.map(Found::value)
			.toList();
		if (targets.isEmpty() && !cell.isBlank()) {
			warnings.add(message("sheet.row.targetNotRead", cell));
		}
		return targets;
	}

	/** Written deadlines only: none means the plan period's end. */
	private List<Deadline> deadlines(LedgerTable.Entry entry, Existing match, LedgerTable table, PlanPeriod period,
			List<String> warnings) {
		if (kept(LedgerColumn.DEADLINE, entry, match, table)) {
			return match.task().deadlines().stream().filter((d) -> !d.implied()).toList();
		}
		List<Deadline> deadlines = new ArrayList<>();
		for (String line : entry.cell(LedgerColumn.DEADLINE).split("\\R")) {
			String written = line.strip();
			// an extension is granted in the application, never imported
			if (written.isEmpty() || this.implied.matcher(written).matches()
					|| this.extended.matcher(written).matches()) {
				continue;
			}
			List<Deadline> read = DATE.matcher(written).matches() ? isoDate(written)
					: DeadlineReader.read(written, period).stream().map(Found::value).toList();
			if (read.isEmpty()) {
				warnings.add(message("sheet.row.deadlineNotRead", written));
			}
			deadlines.addAll(read);
		}
		return deadlines;
	}

	private List<String> shown(List<Deadline> deadlines, PlanPeriod period) {
		List<Deadline> due = deadlines.isEmpty() ? List.of(Deadline.impliedBy(period)) : deadlines;
		return due.stream().map(this.texts::deadline).toList();
	}

	private static List<Deadline> isoDate(String written) {
		try {
			return List.of(Deadline.written(LocalDate.parse(written.replaceAll("-(\\d)(?=-|$)", "-0$1")), written));
		}
		catch (DateTimeException ex) {
			return List.of();
		}
	}

	/**
	 * The cell reads as the matched task's value is written: the value stays as it is.
	 */
	private static boolean kept(LedgerColumn column, LedgerTable.Entry entry, Existing match, LedgerTable table) {
		return match != null
				&& (!table.columns().contains(column) || entry.cell(column).equals(match.cells().get(column)));
	}

	private static int yearIn(String title, LocalDate today) {
		Matcher year = YEAR.matcher(title);
		return year.find() ? Integer.parseInt(year.group(1)) : today.getYear();
	}

	private static String baseName(String fileName) {
		String name = (fileName == null) ? "" : fileName.replaceAll("^.*[/\\\\]", "");
		return name.replaceFirst("\\.[^.]*$", "");
	}

	private String message(String code, Object... arguments) {
		return this.texts.message(code, arguments);
	}

}
