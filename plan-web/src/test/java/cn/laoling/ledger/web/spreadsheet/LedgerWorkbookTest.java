package cn.laoling.ledger.web.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.laoling.ledger.report.Light;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook writer on its own: what it does to awkward cell text and to status
 * colours.
 */
class LedgerWorkbookTest {

	private final LedgerWorkbook workbook = new LedgerWorkbook(SheetTexts.standalone());

	@Test
	void textThatLooksLikeAFormulaIsKeptAsTextThatNoSpreadsheetEvaluates() throws Exception {
		List<String> awkward = List.of("=HYPERLINK(\"http://x\",\"点击\")", "+86 1234", "-5%", "@SUM(A1)");
		List<LedgerSheet.Line> lines = awkward.stream()
			.map((t) -> new LedgerSheet.Line(Map.of(LedgerColumn.NUMBER, "1", LedgerColumn.TASK, t), null))
			.toList();

		try (XSSFWorkbook book = written(new LedgerSheet("标题", List.of(), List.of(new LedgerSheet.Block("", lines))))) {
			for (int i = 0; i < awkward.size(); i++) {
				XSSFCell cell = book.getSheetAt(0).getRow(2 + i).getCell(1);
				assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
				assertThat(cell.getStringCellValue()).isEqualTo(awkward.get(i));
				assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
			}
			XSSFCell number = book.getSheetAt(0).getRow(2).getCell(0);
			assertThat(number.getCellStyle().getQuotePrefixed()).isFalse();
		}
	}

	@Test
	void eachLightHasItsColourAndLongTextGetsTallerRows() throws Exception {
		String longText = "加强老年人健康管理".repeat(20);
		List<LedgerSheet.Line> lines = List.of(
				new LedgerSheet.Line(Map.of(LedgerColumn.TASK, "短", LedgerColumn.STATUS, "已完成"), Light.GREEN),
				new LedgerSheet.Line(Map.of(LedgerColumn.TASK, longText, LedgerColumn.STATUS, "滞后"), Light.RED));

		try (XSSFWorkbook book = written(
				new LedgerSheet("标题", List.of(), List.of(new LedgerSheet.Block("一、", lines))))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(3).getCell(11).getCellStyle().getFillForegroundColorColor().getARGBHex())
				.endsWith("C6EFCE");
			assertThat(sheet.getRow(4).getCell(11).getCellStyle().getFillForegroundColorColor().getARGBHex())
				.endsWith("FFC7CE");
			assertThat(sheet.getRow(4).getHeightInPoints()).isGreaterThan(sheet.getRow(3).getHeightInPoints() * 3);
		}
	}

	private XSSFWorkbook written(LedgerSheet sheet) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.workbook.write(sheet, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

}
