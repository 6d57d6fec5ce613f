package cn.laoling.ledger.web.spreadsheet;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.laoling.ledger.web.DemoLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ledger spreadsheet as downloaded from the ledger pages, read back with POI. */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Test
	void theKunquLedgerDownloadsAsAPrintableSpreadsheetNamedAfterThePlan() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/plans/" + this.demo.kunquPlan().id().value() + "/export").with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(result.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		String disposition = URLDecoder.decode(result.getResponse().getHeader("Content-Disposition"),
				StandardCharsets.UTF_8);
		assertThat(disposition).startsWith("attachment").contains("《" + DemoLedger.KUNQU_PLAN + "》任务分工台账-");
		try (XSSFWorkbook book = read(result)) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(text(sheet, 0, 0)).isEqualTo("《" + DemoLedger.KUNQU_PLAN + "》任务分工台账");
			assertThat(text(sheet, 1, 0)).contains("方案期限：2022-01-01 至 2022-12-31", "导出日期：");
			assertThat(row(sheet, 2)).containsExactly("序号", "重点任务", "量化目标", "牵头单位", "责任单位", "完成时限", "进展情况", "完成数/目标",
					"是否达序时", "存在问题", "下步计划", "完成状态");
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(print.getLandscape()).isTrue();
			assertThat(print.getFitWidth()).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).isEqualTo((short) 0);
			assertThat(sheet.getFitToPage()).isTrue();

			List<Integer> sections = mergedFullRows(sheet);
			assertThat(sections).contains(0, 1, 3);
			assertThat(text(sheet, 3, 0)).isEqualTo("二、重点任务");
			XSSFRow first = sheet.getRow(4);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("1");
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("区卫健委、各街镇");
			assertThat(first.getCell(11).getStringCellValue()).isEqualTo("未启动");
			assertThat(first.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(first.getCell(1).getCellStyle().getWrapText()).isTrue();
			assertThat(first.getCell(1).getCellStyle().getFont().getFontName()).isEqualTo("宋体");
			assertThat(first.getCell(11).getCellStyle().getFillForegroundColorColor().getARGBHex()).as("overdue: red")
				.endsWith("FFC7CE");
			assertThat(taskRows(sheet)).isEqualTo(10);
			assertThat(columnText(sheet, 2)).contains("老年友好型社区26个");
			assertThat(columnText(sheet, 5)).contains("到2022年底", "2022年5月底\n2022年6月底", "2022-12-31（方案期末）");
		}
	}

	@Test
	void aFilteredLedgerExportsOnlyWhatThePageShowsAndSaysHowItWasFiltered() throws Exception {
		long civil = this.demo.kunquUnit("区民政局").id().value();
		MvcResult result = this.mvc
			.perform(get("/plans/" + this.demo.kunquPlan().id().value() + "/export").param("unit", "" + civil)
				.with(this.demo.as("leader")))
			.andExpect(status().isOk())
			.andReturn();

		try (XSSFWorkbook book = read(result)) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(text(sheet, 2, 0)).isEqualTo("筛选条件：单位“区民政局”");
			assertThat(taskRows(sheet)).isEqualTo(3);
		}
	}

	@Test
	void aLiaisonsExportHoldsOnlyTheirUnitsTasks() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/plans/" + this.demo.kunquPlan().id().value() + "/export").with(this.demo.as("wjw")))
			.andExpect(status().isOk())
			.andReturn();

		try (XSSFWorkbook book = read(result)) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(text(sheet, 2, 0)).contains("仅本单位任务");
			assertThat(taskRows(sheet)).isEqualTo(3);
			assertThat(columnText(sheet, 1)).doesNotContain("区委老干部局");
		}
	}

	@Test
	void everyPlanTheViewerSeesExportsInOneSheetEachUnderItsTitle() throws Exception {
		MvcResult result = this.mvc.perform(get("/plans/export").with(this.demo.as("lz-office")))
			.andExpect(status().isOk())
			.andReturn();

		try (XSSFWorkbook book = read(result)) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(text(sheet, 0, 0)).isEqualTo("老龄工作任务分工台账（全部方案）");
			assertThat(columnText(sheet, 0)).anyMatch((t) -> t.startsWith("《" + DemoLedger.LIANGZHOU_PLAN + "》"))
				.noneMatch((t) -> t.contains(DemoLedger.KUNQU_PLAN));
			assertThat(taskRows(sheet)).isGreaterThanOrEqualTo(20);
		}
	}

	@Test
	void anotherRegionsPlanCannotBeExported() throws Exception {
		this.mvc
			.perform(get("/plans/" + this.demo.kunquPlan().id().value() + "/export").with(this.demo.as("lz-office")))
			.andExpect(status().isNotFound());
	}

	static XSSFWorkbook read(MvcResult result) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	static String text(XSSFSheet sheet, int row, int column) {
		XSSFRow r = sheet.getRow(row);
		XSSFCell cell = (r == null) ? null : r.getCell(column);
		return (cell == null) ? "" : cell.getStringCellValue();
	}

	static List<String> row(XSSFSheet sheet, int row) {
		List<String> cells = new ArrayList<>();
		sheet.getRow(row).forEach((c) -> cells.add(c.getStringCellValue()));
		return cells;
	}

	static List<String> columnText(XSSFSheet sheet, int column) {
		List<String> texts = new ArrayList<>();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			texts.add(text(sheet, r, column));
		}
		return texts;
	}

	/** Rows merged across the whole table: title, notes and section headings. */
	static List<Integer> mergedFullRows(XSSFSheet sheet) {
		return sheet.getMergedRegions()
			.stream()
			.filter((m) -> m.getFirstRow() == m.getLastRow() && m.getFirstColumn() == 0 && m.getLastColumn() == 11)
			.map(CellRangeAddress::getFirstRow)
			.sorted()
			.toList();
	}

	/** Rows below the header that are not merged headings. */
	static int taskRows(XSSFSheet sheet) {
		int header = sheet.getRepeatingRows().getFirstRow();
		List<Integer> merged = mergedFullRows(sheet);
		int count = 0;
		for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
			if (!merged.contains(r)) {
				count++;
			}
		}
		return count;
	}

}
