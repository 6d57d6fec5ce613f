package cn.laoling.ledger.web.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import cn.laoling.ledger.web.spreadsheet.SheetGrid.Merge;

/**
 * The first worksheet of a legacy Excel 97–2003 workbook (.xls), read as
 * {@link SheetReader} reads an .xlsx: the same limits, formulas' last results, numbers
 * and dates as their values, merged areas.
 */
final class OldWorkbook {

	private OldWorkbook() {
	}

	static SheetGrid firstSheet(byte[] bytes) throws UnreadableSheet {
		try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			if (file.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
				throw new UnreadableSheet("sheet.file.encrypted");
			}
			if (!file.getRoot().hasEntryCaseInsensitive("Workbook")
					&& !file.getRoot().hasEntryCaseInsensitive("Book")) {
				throw new UnreadableSheet("sheet.file.notXlsx");
			}
			try (HSSFWorkbook workbook = new HSSFWorkbook(file.getRoot(), false)) {
				if (workbook.getNumberOfSheets() == 0) {
					throw new UnreadableSheet("sheet.file.empty");
				}
				CellFormatter formatter = new CellFormatter(workbook.getInternalWorkbook().isUsing1904DateWindowing());
				SheetGrid grid = grid(workbook.getSheetAt(0), formatter);
				if (grid.rows().isEmpty()) {
					throw new UnreadableSheet("sheet.file.empty");
				}
				return grid;
			}
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableSheet("sheet.file.encrypted");
		}
		catch (OldExcelFormatException ex) {
			throw new UnreadableSheet("sheet.file.oldExcel");
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableSheet("sheet.file.notXlsx");
		}
	}

	private static SheetGrid grid(Sheet sheet, CellFormatter formatter) throws UnreadableSheet {
		TreeMap<Integer, String[]> rows = new TreeMap<>();
		int formulas = 0;
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getColumnIndex() >= SheetReader.MAX_COLUMNS) {
					continue;
				}
				if (cell.getCellType() == CellType.FORMULA && ++formulas > SheetReader.MAX_FORMULAS) {
					throw new UnreadableSheet("sheet.file.tooManyFormulas");
				}
				String text = text(cell, formatter);
				if (text.isEmpty()) {
					continue;
				}
				rows.computeIfAbsent(row.getRowNum() + 1, (n) -> new String[SheetReader.MAX_COLUMNS])[cell
					.getColumnIndex()] = text;
				if (rows.size() > SheetReader.MAX_ROWS) {
					throw new UnreadableSheet("sheet.file.tooManyRows");
				}
			}
		}
		List<SheetGrid.Row> kept = new ArrayList<>();
		rows.forEach((number, cells) -> {
			int length = cells.length;
			while (length > 0 && cells[length - 1] == null) {
				length--;
			}
			List<String> values = new ArrayList<>();
			for (int c = 0; c < length; c++) {
				values.add((cells[c] != null) ? cells[c] : "");
			}
			kept.add(new SheetGrid.Row(number, values));
		});
		List<Merge> merges = new ArrayList<>();
		for (CellRangeAddress range : sheet.getMergedRegions()) {
			boolean shown = !rows.subMap(range.getFirstRow() + 1, true, range.getLastRow() + 1, true).isEmpty();
			if (range.getFirstColumn() < SheetReader.MAX_COLUMNS && shown) {
				merges.add(new Merge(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(),
						range.getLastColumn()));
			}
		}
		return new SheetGrid(kept, merges);
	}

	private static String text(Cell cell, CellFormatter formatter) {
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		String value = switch (type) {
			case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
					cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
			case STRING -> cell.getRichStringCellValue().getString();
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
		return value.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

}
