package cn.laoling.ledger.web.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.document.ParsedTask;
import cn.laoling.ledger.plan.document.PlanDocumentParser;
import cn.laoling.ledger.plan.document.PlanParse;
import cn.laoling.ledger.web.planimport.DocumentText;
import cn.laoling.ledger.web.planimport.ParseCommand;
import cn.laoling.ledger.web.planimport.UnreadableDocument;
import cn.laoling.ledger.web.support.TargetText;

/**
 * {@code java -jar plan-web.jar ledger PLAN-FILE -o OUT.xlsx}: turns a plan document into
 * its 任务分工台账 spreadsheet, with the same parse as {@code parse}, without a database.
 */
public final class LedgerCommand {

	public static final String NAME = "ledger";

	private final PrintStream out;

	private final PrintStream err;

	public LedgerCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @return 0 when the spreadsheet was written, 1 when the plan could not be read, 2 on
	 * wrong use
	 */
	public int run(List<String> arguments) {
		ParseCommand.silenceLogging();
		SheetTexts texts = SheetTexts.standalone();
		List<String> files = new ArrayList<>(arguments);
		int option = files.indexOf("-o");
		if (option < 0 || option + 1 >= files.size() || files.size() != 3) {
			this.err.println(texts.message("cli.ledger.usage"));
			return 2;
		}
		Path output = Path.of(files.remove(option + 1));
		files.remove(option);
		String file = files.get(0);
		try {
			PlanParse parse = PlanDocumentParser.parse(DocumentText.read(Files.readAllBytes(Path.of(file))));
			if (!parse.isPlan()) {
				this.err.println(file + ": " + texts.message("cli.ledger.notPlan"));
				return 1;
			}
			LedgerSheet sheet = sheetOf(parse, texts);
			try (OutputStream stream = Files.newOutputStream(output)) {
				new LedgerWorkbook(texts).write(sheet, stream);
			}
			this.out.println(texts.message("cli.ledger.written", output, sheet.taskCount()));
			return 0;
		}
		catch (UnreadableDocument ex) {
			this.err.println(file + ": " + texts.message(ex.code()));
			return 1;
		}
		catch (IOException ex) {
			this.err.println(file + ": " + texts.message("cli.parse.unreadable"));
			return 1;
		}
	}

	/** The ledger sheet of a recognised plan, every task not started. */
	public static LedgerSheet sheetOf(PlanParse parse, SheetTexts texts) {
		TargetText targets = new TargetText(texts.messages());
		Map<String, List<LedgerSheet.Line>> bySection = new LinkedHashMap<>();
		for (ParsedTask task : parse.tasks()) {
			String innermost = task.path().isEmpty() ? "" : task.path().get(task.path().size() - 1);
			String section = parse.sections().contains(innermost) ? innermost : "";
			Map<LedgerColumn, String> cells = new EnumMap<>(LedgerColumn.class);
			cells.put(LedgerColumn.NUMBER, task.number());
			cells.put(LedgerColumn.TASK, task.text());
			cells.put(LedgerColumn.TARGETS, String.join("\n", task.targets().stream().map(targets::of).toList()));
			cells.put(LedgerColumn.LEAD_UNITS, texts.units(task.leadUnits()));
			cells.put(LedgerColumn.RESPONSIBLE_UNITS, texts.units(task.responsibleUnits()));
			cells.put(LedgerColumn.DEADLINE,
					String.join("\n", task.deadlines().stream().map(texts::deadline).toList()));
			cells.put(LedgerColumn.STATUS, texts.status(TaskStatus.NOT_STARTED));
			bySection.computeIfAbsent(section, (s) -> new ArrayList<>()).add(new LedgerSheet.Line(cells, null));
		}
		List<LedgerSheet.Block> blocks = bySection.entrySet()
			.stream()
			.map((e) -> new LedgerSheet.Block(e.getKey(), e.getValue()))
			.toList();
		List<String> notes = new ArrayList<>();
		if (parse.period() != null) {
			notes.add(texts.period(parse.period().start(), parse.period().end()));
		}
		return new LedgerSheet(texts.title(parse.title()), notes, blocks);
	}

}
