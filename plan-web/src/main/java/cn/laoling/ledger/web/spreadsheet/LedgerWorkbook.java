package cn.laoling.ledger.web.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.web.support.SpreadsheetText;

/**
 * Writes a ledger as the .xlsx an office prints and sends: title, notes, a frozen header
 * repeated on every printed page, merged section rows, wrapped text in a Chinese font,
 * status cells in the traffic-light colours, A4 landscape fitted to the page width. Rows
 * stream to disk as they are written, so memory does not grow with the ledger.
 */
public final class LedgerWorkbook {

	static final String FONT = "宋体";

	private static final int ROWS_IN_MEMORY = 100;

	private static final float LINE_POINTS = 14.25f;

	private static final Map<Light, String> LIGHT_FILLS = Map.of(Light.GREEN, "C6EFCE", Light.YELLOW, "FFEB9C",
			Light.RED, "FFC7CE", Light.COMPLETED, "E7E6E6", Light.GREY, "BFBFBF");

	private static final LedgerColumn[] COLUMNS = LedgerColumn.values();

	private final SheetTexts texts;

	public LedgerWorkbook(SheetTexts texts) {
		this.texts = texts;
	}

	public void write(LedgerSheet ledger, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		try {
			workbook.setCompressTempFiles(true);
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(this.texts.message("sheet.name"));
			int last = COLUMNS.length - 1;
			for (LedgerColumn column : COLUMNS) {
				sheet.setColumnWidth(column.ordinal(), column.width() * 256);
			}
			int r = 0;
			r = banner(sheet, r, ledger.title(), styles.title, 28f);
			for (String note : ledger.notes()) {
				r = banner(sheet, r, note, styles.note, LINE_POINTS + 2);
			}
			int headerRow = r;
			Row header = sheet.createRow(r++);
			for (LedgerColumn column : COLUMNS) {
				text(header.createCell(column.ordinal()), this.texts.header(column), styles.header);
			}
			header.setHeightInPoints(LINE_POINTS * 2);
			for (LedgerSheet.Block block : ledger.blocks()) {
				if (!block.heading().isEmpty()) {
					Row section = sheet.createRow(r);
					for (int c = 0; c <= last; c++) {
						section.createCell(c).setCellStyle(styles.section);
					}
					text(section.getCell(0), block.heading(), styles.section);
					section.setHeightInPoints(LINE_POINTS + 4);
					// a row of its own, so it overlaps no other: checking it against
					// every
					// earlier one grows with the sheet
					sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, last));
					r++;
				}
				for (LedgerSheet.Line line : block.lines()) {
					Row row = sheet.createRow(r++);
					for (LedgerColumn column : COLUMNS) {
						String value = line.cell(column);
						Light fill = (column == LedgerColumn.STATUS) ? line.light() : null;
						text(row.createCell(column.ordinal()), value,
								styles.body(column.centred(), SpreadsheetText.formulaLike(value), fill));
					}
					row.setHeightInPoints(LINE_POINTS * RowLines.of(line) + 4);
				}
			}
			sheet.createFreezePane(0, headerRow + 1);
			sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, last));
			printSetup(sheet);
			if (!ledger.shares().isEmpty()) {
				shares(workbook.createSheet(this.texts.message("sheet.shares.name")), ledger, styles);
			}
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
	}

	/** 指标分解: each unit's share of each split target, judged as on the task's page. */
	private void shares(Sheet sheet, LedgerSheet ledger, Styles styles) {
		String[] headers = this.texts.message("sheet.shares.columns").split("\\|");
		int[] widths = { 8, 36, 16, 12, 14, 12, 14 };
		for (int c = 0; c < headers.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		Row title = sheet.createRow(0);
		text(title.createCell(0), this.texts.message("sheet.shares.title", ledger.title()), styles.title);
		title.setHeightInPoints(28f);
		sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, headers.length - 1));
		Row header = sheet.createRow(1);
		for (int c = 0; c < headers.length; c++) {
			text(header.createCell(c), headers[c], styles.header);
		}
		int r = 2;
		for (LedgerSheet.Share share : ledger.shares()) {
			Row row = sheet.createRow(r++);
			String[] values = { share.task(), share.target(), share.unit(), share.quota(), share.reported(),
					share.expected(), share.standing() };
			for (int c = 0; c < values.length; c++) {
				text(row.createCell(c), values[c], styles.body(c != 1 && c != 2, SpreadsheetText.formulaLike(values[c]),
						(c == values.length - 1) ? share.light() : null));
			}
		}
		sheet.createFreezePane(0, 2);
	}

	private static int banner(Sheet sheet, int r, String value, CellStyle style, float height) {
		Row row = sheet.createRow(r);
		text(row.createCell(0), value, style);
		row.setHeightInPoints(height);
		sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, COLUMNS.length - 1));
		return r + 1;
	}

	private static void text(Cell cell, String value, CellStyle style) {
		cell.setCellStyle(style);
		if (!value.isEmpty()) {
			cell.setCellValue(value);
		}
	}

	private void printSetup(Sheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.TopMargin, 0.6);
		sheet.setMargin(Sheet.BottomMargin, 0.6);
		sheet.getFooter().setCenter(this.texts.message("sheet.footer"));
	}

	/** The workbook's cell styles, each made once: a workbook holds a limited number. */
	private static final class Styles {

		private final SXSSFWorkbook workbook;

		private final CellStyle title;

		private final CellStyle note;

		private final CellStyle header;

		private final CellStyle section;

		private final Map<String, CellStyle> bodies = new HashMap<>();

		private final Map<Light, XSSFColor> fills = new EnumMap<>(Light.class);

		Styles(SXSSFWorkbook workbook) {
			this.workbook = workbook;
			this.title = style(font(16, true), HorizontalAlignment.CENTER, false);
			this.note = style(font(10.5, false), HorizontalAlignment.LEFT, false);
			this.header = bordered(style(font(10.5, true), HorizontalAlignment.CENTER, true));
			fill(this.header, "D9E1F2");
			this.section = bordered(style(font(10.5, true), HorizontalAlignment.LEFT, false));
			fill(this.section, "F2F2F2");
			LIGHT_FILLS.forEach((light, rgb) -> this.fills.put(light, color(rgb)));
		}

		CellStyle body(boolean centred, boolean quoted, Light light) {
			String key = centred + "/" + quoted + "/" + light;
			return this.bodies.computeIfAbsent(key, (k) -> {
				XSSFCellStyle style = (XSSFCellStyle) bordered(style(font(10.5, false),
						centred ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT, true));
				style.setVerticalAlignment(VerticalAlignment.TOP);
				if (centred) {
					style.setVerticalAlignment(VerticalAlignment.CENTER);
				}
				// the text stays as written; Excel and WPS show it but never evaluate it
				style.setQuotePrefixed(quoted);
				if (light != null) {
					style.setFillForegroundColor(this.fills.get(light));
					style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				}
				return style;
			});
		}

		private Font font(double points, boolean bold) {
			Font font = this.workbook.createFont();
			font.setFontName(FONT);
			font.setFontHeight((short) Math.round(points * 20));
			font.setBold(bold);
			return font;
		}

		private CellStyle style(Font font, HorizontalAlignment alignment, boolean wrap) {
			CellStyle style = this.workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setWrapText(wrap);
			return style;
		}

		private static CellStyle bordered(CellStyle style) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

		private void fill(CellStyle style, String rgb) {
			((XSSFCellStyle) style).setFillForegroundColor(color(rgb));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}

		private static XSSFColor color(String rgb) {
			return new XSSFColor(java.util.HexFormat.of().parseHex(rgb));
		}

	}

	/** How many lines a row's wrapped text takes, so that printed rows show all of it. */
	static final class RowLines {

		private RowLines() {
		}

		static int of(LedgerSheet.Line line) {
			int lines = 1;
			for (LedgerColumn column : COLUMNS) {
				lines = Math.max(lines, of(line.cell(column), column.width()));
			}
			return lines;
		}

		static int of(String text, int width) {
			int lines = 0;
			for (String paragraph : text.split("\n", -1)) {
				int units = paragraph.codePoints().map((c) -> (c < 0x2E80) ? 1 : 2).sum();
				lines += Math.max(1, (units + width - 2) / (width - 1));
			}
			return lines;
		}

	}

}
