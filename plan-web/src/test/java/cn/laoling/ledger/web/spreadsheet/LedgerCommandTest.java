package cn.laoling.ledger.web.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.laoling.ledger.web.planimport.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar plan-web.jar ledger PLAN-FILE -o OUT.xlsx}: a plan document to its 台账.
 */
class LedgerCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void writesThePlansLedgerSpreadsheet(@TempDir Path dir) throws Exception {
		Path output = dir.resolve("台账.xlsx");

		int status = run(TestFiles.seedFile("000").toString(), "-o", output.toString());

		assertThat(status).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("10 项任务");
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(output))) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(LedgerExportTest.text(sheet, 0, 0)).isEqualTo("《昆区2022年老龄工作推进方案》任务分工台账");
			assertThat(LedgerExportTest.text(sheet, 1, 0)).isEqualTo("方案期限：2022-01-01 至 2022-12-31");
			assertThat(LedgerExportTest.row(sheet, 2)).startsWith("序号", "重点任务", "量化目标", "牵头单位");
			assertThat(LedgerExportTest.taskRows(sheet)).isEqualTo(10);
			assertThat(LedgerExportTest.text(sheet, 3, 0)).as("the section over every task").isEqualTo("二、重点任务");
			assertThat(LedgerExportTest.text(sheet, 4, 0)).isEqualTo("1");
			assertThat(LedgerExportTest.text(sheet, 4, 3)).isEqualTo("区卫健委、各街镇");
			assertThat(LedgerExportTest.text(sheet, 4, 5)).isEqualTo("到2022年底");
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
		}
	}

	@Test
	void aDocumentThatIsNotAPlanWritesNothing(@TempDir Path dir) {
		Path output = dir.resolve("新闻.xlsx");

		int status = run(TestFiles.seedFile("004").toString(), "-o", output.toString());

		assertThat(status).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("不像一份工作方案");
		assertThat(output).doesNotExist();
	}

	@Test
	void withoutAnOutputFileItSaysHowToUseIt() {
		assertThat(run(TestFiles.seedFile("000").toString())).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("用法：", "-o");
	}

	private int run(String... arguments) {
		return new LedgerCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(List.of(arguments));
	}

}
