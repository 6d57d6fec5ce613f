package cn.laoling.ledger.web.planimport;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import cn.laoling.ledger.plan.document.PlanDocumentParser;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitDirectory;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.web.spreadsheet.LedgerColumn;
import cn.laoling.ledger.web.spreadsheet.LedgerCommand;
import cn.laoling.ledger.web.spreadsheet.LedgerSheet;
import cn.laoling.ledger.web.spreadsheet.LedgerTable;
import cn.laoling.ledger.web.spreadsheet.LedgerWorkbook;
import cn.laoling.ledger.web.spreadsheet.SheetReader;
import cn.laoling.ledger.web.spreadsheet.SheetTexts;
import cn.laoling.ledger.web.support.TargetText;

/**
 * How long a 10,000-task ledger takes to write as .xlsx (goal: under 2 s with a 256 MB
 * heap) and to read back into an import preview (goal: under 5 s). Not a test: run it by
 * hand with {@code -Xmx256m}, as docs/benchmarks.md says, and record the figures there.
 */
public final class SpreadsheetBenchmark {

	private static final int TASKS = 10_000;

	private static final int RUNS = 5;

	private SpreadsheetBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		SheetTexts texts = SheetTexts.standalone();
		LedgerSheet ledger = tenThousandTasks(texts);
		LedgerWorkbook writer = new LedgerWorkbook(texts);
		Path file = Files.createTempFile("ledger-benchmark", ".xlsx");
		long[] writing = measure(() -> {
			try (var out = Files.newOutputStream(file)) {
				writer.write(ledger, out);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return 0;
		});
		byte[] bytes = Files.readAllBytes(file);
		Files.delete(file);

		List<Unit> units = Stream
			.of("区卫健委", "各街镇", "区民政局", "区财政局", "区住建局", "区委老干部局", "区委宣传部", "区老龄委各成员单位", "区文旅局", "区体育局", "区教育局", "区人社局",
					"区医保局", "区市场监管局", "区商务局", "区发改委")
			.map((n) -> Unit.register(new RegionId(1), new UnitName(n), UnitKind.DEPARTMENT))
			.toList();
		TargetText targetText = new TargetText(texts.messages());
		int[] rows = new int[1];
		long[] reading = measure(() -> {
			try {
				LedgerTable table = LedgerTable.of(SheetReader.read(bytes), texts);
				SheetImport.Result result = new SheetImport(texts, targetText, new UnitDirectory(units))
					.intoNewPlan(table, "台账.xlsx", LocalDate.of(2026, 11, 22));
				rows[0] = result.rows().size();
				return rows[0];
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		System.out.printf("max heap %d MB; file %.1f MB, %d tasks%n", Runtime.getRuntime().maxMemory() >> 20,
				bytes.length / 1048576.0, ledger.taskCount());
		report("write .xlsx", writing);
		report("read to preview (" + rows[0] + " rows)", reading);
	}

	/** Seed 000's ten tasks a thousand times over, in 50 sections. */
	static LedgerSheet tenThousandTasks(SheetTexts texts) throws Exception {
		Path seed = Path.of("..", "seeds").toAbsolutePath().normalize();
		Path file;
		try (Stream<Path> files = Files.list(seed)) {
			file = files.filter((p) -> p.getFileName().toString().startsWith("000")).findFirst().orElseThrow();
		}
		LedgerSheet ten = LedgerCommand.sheetOf(PlanDocumentParser.parse(Files.readString(file)), texts);
		List<LedgerSheet.Line> lines = ten.blocks().stream().flatMap((b) -> b.lines().stream()).toList();
		List<LedgerSheet.Block> blocks = new ArrayList<>();
		int number = 1;
		for (int b = 0; b < 50; b++) {
			List<LedgerSheet.Line> block = new ArrayList<>();
			while (block.size() < TASKS / 50) {
				LedgerSheet.Line line = lines.get(number % lines.size());
				Map<LedgerColumn, String> cells = new EnumMap<>(line.cells());
				cells.put(LedgerColumn.NUMBER, String.valueOf(number++));
				block.add(new LedgerSheet.Line(cells, line.light()));
			}
			blocks.add(new LedgerSheet.Block("第" + (b + 1) + "部分", block));
		}
		return new LedgerSheet(ten.title(), ten.notes(), blocks);
	}

	/** The first (cold) run, then {@link #RUNS} after a second warm-up. */
	private static long[] measure(LongSupplier run) {
		long[] millis = new long[RUNS + 1];
		for (int i = 0; i <= RUNS; i++) {
			if (i == 1) {
				run.getAsLong();
			}
			long start = System.nanoTime();
			run.getAsLong();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		return millis;
	}

	private static void report(String what, long[] millis) {
		long[] sorted = Arrays.copyOfRange(millis, 1, millis.length);
		Arrays.sort(sorted);
		System.out.printf("%s: first run %d ms; %d runs after a warm-up: min %d ms, median %d ms, max %d ms%n", what,
				millis[0], RUNS, sorted[0], sorted[RUNS / 2], sorted[RUNS - 1]);
	}

}
