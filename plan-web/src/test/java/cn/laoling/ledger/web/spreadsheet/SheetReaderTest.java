package cn.laoling.ledger.web.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.laoling.ledger.web.spreadsheet.SheetGrid.Merge;
import cn.laoling.ledger.web.support.HostilePackages;
import cn.laoling.ledger.web.support.OfficeUploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SheetReaderTest {

	@Test
	void readsTextKeepingLineBreaksButNotTheSpaceAround() throws Exception {
		SheetGrid grid = SheetReader.read(SheetFiles.rows(new String[] { "序号", "工作任务", "牵头单位" },
				new String[] { "1", "  新建老年食堂3个；\n改造助餐点5个。 ", "区民政局\r\n区卫健委" }));

		assertThat(grid.rows()).extracting(SheetGrid.Row::number).containsExactly(1, 2);
		assertThat(grid.row(2)).hasValueSatisfying(
				(row) -> assertThat(row.cells()).containsExactly("1", "新建老年食堂3个；\n改造助餐点5个。", "区民政局\n区卫健委"));
		assertThat(grid.shown(2, 2)).isEqualTo("区民政局\n区卫健委");
		assertThat(grid.shown(2, 3)).isEmpty();
		assertThat(grid.shown(3, 0)).isEmpty();
	}

	@Test
	void readsNumbersDatesAndBooleansAsTheyAreNotAsTheyAreShown() throws Exception {
		byte[] xlsx = SheetFiles.xlsx((workbook) -> {
			Row row = workbook.createSheet().createRow(0);
			row.createCell(0).setCellValue(26);
			row.createCell(1).setCellValue(0.7);
			row.createCell(2).setCellValue(0.1 + 0.2);
			row.createCell(3).setCellValue(LocalDate.of(2022, 12, 31));
			row.getCell(3).setCellStyle(style(workbook, "yyyy\"年\"m\"月\"d\"日\""));
			row.createCell(4).setCellValue(LocalDate.of(2022, 12, 31));
			row.getCell(4).setCellStyle(builtinStyle(workbook, 31));
			row.createCell(5).setCellValue(0.25);
			row.getCell(5).setCellStyle(style(workbook, "0.00%"));
			row.createCell(6).setCellValue(true);
			row.createCell(7).setCellValue(false);
			row.createCell(8).setCellValue(12345678901234.0);
		});

		assertThat(SheetReader.read(xlsx).row(1))
			.hasValueSatisfying((row) -> assertThat(row.cells()).containsExactly("26", "0.7", "0.3", "2022-12-31",
					"2022-12-31", "0.25", "TRUE", "FALSE", "12345678901234"));
	}

	@Test
	void readsDatesOfWorkbooksThatCountFrom1904() throws Exception {
		byte[] xlsx = SheetFiles.xlsx((workbook) -> {
			workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
			Row row = workbook.createSheet().createRow(0);
			row.createCell(0).setCellValue(LocalDate.of(2022, 12, 31));
			row.getCell(0).setCellStyle(builtinStyle(workbook, 14));
		});

		assertThat(SheetReader.read(xlsx).shown(1, 0)).isEqualTo("2022-12-31");
	}

	@Test
	void reportsMergedAreasAndShowsTheTopLeftValueInEachOfTheirCells() throws Exception {
		byte[] xlsx = SheetFiles.xlsx((workbook) -> {
			Sheet sheet = workbook.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("2024年重点任务");
			sheet.addMergedRegion(CellRangeAddress.valueOf("A1:C1"));
			for (int r = 1; r <= 3; r++) {
				sheet.createRow(r).createCell(2).setCellValue("任务" + r);
			}
			sheet.getRow(1).createCell(1).setCellValue("区民政局");
			sheet.addMergedRegion(CellRangeAddress.valueOf("B2:B4"));
			sheet.addMergedRegion(CellRangeAddress.valueOf("AZ1:BA1"));
		});

		SheetGrid grid = SheetReader.read(xlsx);

		assertThat(grid.merges()).containsExactlyInAnyOrder(new Merge(1, 1, 0, 2), new Merge(2, 4, 1, 1));
		assertThat(Arrays.asList(grid.shown(1, 0), grid.shown(1, 1), grid.shown(1, 2))).containsOnly("2024年重点任务");
		assertThat(Arrays.asList(grid.shown(2, 1), grid.shown(3, 1), grid.shown(4, 1))).containsOnly("区民政局");
		assertThat(grid.row(3)).hasValueSatisfying((row) -> assertThat(row.cells()).containsExactly("", "", "任务2"));
		assertThat(grid.shown(3, 2)).isEqualTo("任务2");
		assertThat(grid.mergeAt(4, 1)).contains(new Merge(2, 4, 1, 1));
		assertThat(grid.mergeAt(4, 2)).isEmpty();
	}

	@Test
	void readsInlineStringsAsStreamingWritersWriteThem() throws Exception {
		byte[] xlsx = SheetFiles.streamed((workbook) -> {
			Row row = workbook.createSheet().createRow(4);
			row.createCell(0).setCellValue("养老服务\n补贴");
			row.createCell(1).setCellValue(3);
		});

		assertThat(part(xlsx, "/xl/worksheets/sheet1.xml")).contains("t=\"inlineStr\"");
		assertThat(SheetReader.read(xlsx).rows()).singleElement().satisfies((row) -> {
			assertThat(row.number()).isEqualTo(5);
			assertThat(row.cells()).containsExactly("养老服务\n补贴", "3");
		});
	}

	@Test
	void readsTheLastResultOfAFormulaWithoutEvaluatingIt() throws Exception {
		byte[] xlsx = SheetFiles.xlsx((workbook) -> {
			Row row = workbook.createSheet().createRow(0);
			row.createCell(0).setCellValue(12);
			row.createCell(1).setCellFormula("A1*2");
			row.createCell(2).setCellFormula("\"第\"&A1&\"项\"");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			row.getCell(0).setCellValue(99);
		});

		assertThat(SheetReader.read(xlsx).row(1))
			.hasValueSatisfying((row) -> assertThat(row.cells()).containsExactly("99", "24", "第12项"));
	}

	@Test
	void readsOnlyTheFirstSheetAndTheFirstColumns() throws Exception {
		byte[] xlsx = SheetFiles.xlsx((workbook) -> {
			Row row = workbook.createSheet("任务").createRow(0);
			row.createCell(0).setCellValue("第一张");
			row.createCell(SheetReader.MAX_COLUMNS).setCellValue("太靠右");
			workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("第二张");
		});

		assertThat(SheetReader.read(xlsx).rows()).singleElement()
			.satisfies((row) -> assertThat(row.cells()).containsExactly("第一张"));
	}

	@Test
	void readsALegacyXlsAsAnXlsxValuesMergesAndFormulaResults() throws Exception {
		byte[] xls = SheetFiles.xls((workbook) -> {
			Sheet sheet = workbook.createSheet("任务");
			sheet.createRow(0).createCell(0).setCellValue("2024年重点任务");
			sheet.addMergedRegion(CellRangeAddress.valueOf("A1:C1"));
			Row header = sheet.createRow(1);
			header.createCell(0).setCellValue("序号");
			header.createCell(1).setCellValue("牵头单位");
			header.createCell(2).setCellValue("完成时限");
			for (int r = 2; r <= 3; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r - 1);
				row.createCell(2).setCellValue(LocalDate.of(2024, 6, 30));
				row.getCell(2).setCellStyle(style(workbook, "yyyy\"年\"m\"月\"d\"日\""));
			}
			sheet.getRow(2).createCell(1).setCellValue("  区民政局\r\n区卫健委 ");
			sheet.addMergedRegion(CellRangeAddress.valueOf("B3:B4"));
			sheet.createRow(4).createCell(0).setCellFormula("A3+A4");
			sheet.getRow(4).getCell(0).setCellValue(3);
			workbook.createSheet("不读").createRow(0).createCell(0).setCellValue("第二张");
		});

		SheetGrid grid = SheetReader.read(xls);

		assertThat(grid.rows()).extracting(SheetGrid.Row::number).containsExactly(1, 2, 3, 4, 5);
		assertThat(grid.row(3))
			.hasValueSatisfying((row) -> assertThat(row.cells()).containsExactly("1", "区民政局\n区卫健委", "2024-06-30"));
		assertThat(grid.shown(4, 1)).isEqualTo("区民政局\n区卫健委");
		assertThat(grid.merges()).containsExactlyInAnyOrder(new Merge(1, 1, 0, 2), new Merge(3, 4, 1, 1));
		assertThat(grid.shown(5, 0)).as("the formula's last result").isEqualTo("3");
	}

	@Test
	void refusesEachKindOfBadFileByName() {
		byte[] good = SheetFiles.rows(new String[] { "任务" });
		assertRefused(new byte[0], "sheet.file.empty");
		assertRefused(SheetFiles.xlsx((workbook) -> {
			workbook.createSheet("空");
			workbook.createSheet("任务").createRow(0).createCell(0).setCellValue("不读这一张");
		}), "sheet.file.empty");
		assertRefused(
				SheetFiles.xlsx((workbook) -> workbook.createSheet().createRow(3).createCell(0).setCellValue(" ")),
				"sheet.file.empty");
		assertRefused(SheetFiles.xlsx((workbook) -> {
		}), "sheet.file.empty");
		assertRefused(Arrays.copyOf(good, SheetReader.MAX_BYTES + 1), "sheet.file.tooLarge");
		assertRefused(SheetFiles.encrypted(good), "sheet.file.encrypted");
		assertRefused(SheetFiles.xls((workbook) -> workbook.createSheet("空")), "sheet.file.empty");
		assertRefused(SheetFiles.docx("一、重点任务"), "sheet.file.notXlsx");
		assertRefused("序号,工作任务\n1,新建老年食堂".getBytes(StandardCharsets.UTF_8), "sheet.file.notXlsx");
		assertRefused("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "sheet.file.notXlsx");
		assertRefused(Arrays.copyOf(good, good.length / 2), "sheet.file.notXlsx");
		assertRefused(SheetFiles.zipBomb(), "sheet.file.zipBomb");
	}

	@Test
	void refusesAWorkbookExpandingPastItsLimitsOrNestedThousandsDeep() {
		byte[] good = SheetFiles.rows(new String[] { "任务" });

		assertRefused(HostilePackages.expanding(good, 1, 101), "sheet.file.zipBomb");
		assertRefused(HostilePackages.declaring(good, OfficeUploads.MAX_PART_BYTES + 1), "sheet.file.zipBomb");
		assertRefused(HostilePackages.replacing(good, "xl/styles.xml", HostilePackages.nestedTables(3_000)),
				"sheet.file.tooDeep");
	}

	@Test
	void refusesASheetWithTooManyRows() {
		byte[] xlsx = SheetFiles.streamed((workbook) -> {
			Sheet sheet = workbook.createSheet();
			for (int r = 0; r < 100_000; r++) {
				sheet.createRow(r).createCell(0).setCellValue("任务" + r);
			}
		});

		assertRefused(xlsx, "sheet.file.tooManyRows");
	}

	@Test
	void readsAsManyRowsAndFormulasAsAllowedButNoMore() throws Exception {
		byte[] rows = SheetFiles.streamed((workbook) -> {
			Sheet sheet = workbook.createSheet();
			for (int r = 0; r < SheetReader.MAX_ROWS + 200; r++) {
				Row row = sheet.createRow(r);
				if (r % 101 != 0) {
					row.createCell(0).setCellValue(r);
				}
			}
		});
		assertThat(SheetReader.read(rows).rows().size()).as("rows with content").isEqualTo(SheetReader.MAX_ROWS);
		assertRefused(formulas(SheetReader.MAX_FORMULAS + 1), "sheet.file.tooManyFormulas");
		assertThat(SheetReader.read(formulas(SheetReader.MAX_FORMULAS)).rows().size())
			.isEqualTo(SheetReader.MAX_FORMULAS);
	}

	private static byte[] formulas(int count) {
		return SheetFiles.xlsx((workbook) -> {
			Sheet sheet = workbook.createSheet();
			for (int r = 0; r < count; r++) {
				sheet.createRow(r).createCell(0).setCellFormula("1+" + r);
			}
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		});
	}

	private static CellStyle style(Workbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private static CellStyle builtinStyle(XSSFWorkbook workbook, int format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat((short) format);
		return style;
	}

	private static String part(byte[] xlsx, String name) throws Exception {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
			try (InputStream in = pkg.getPart(PackagingURIHelper.createPartName(name)).getInputStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
	}

	private static void assertRefused(byte[] bytes, String code) {
		assertThatExceptionOfType(UnreadableSheet.class).isThrownBy(() -> SheetReader.read(bytes))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(code));
	}

}
