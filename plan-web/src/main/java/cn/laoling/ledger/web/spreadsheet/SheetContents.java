package cn.laoling.ledger.web.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import cn.laoling.ledger.web.spreadsheet.SheetGrid.Merge;
import cn.laoling.ledger.web.spreadsheet.SheetGrid.Row;

/**
 * One worksheet's XML read as it streams by: the cell values through POI's handler, the
 * formulas and merged areas seen here, the limits checked as they are reached.
 */
final class SheetContents extends XSSFSheetXMLHandler {

	/**
	 * Merges that do not overlap, as Excel's never do, cover at most this many (merge,
	 * row) pairs among the rows kept.
	 */
	private static final int MAX_MERGE_ROWS = SheetReader.MAX_ROWS * SheetReader.MAX_COLUMNS;

	private final Cells cells;

	private final List<Merge> merges = new ArrayList<>();

	private int mergeRows;

	private int formulas;

	private SheetContents(Styles styles, SharedStrings strings, Cells cells, boolean date1904) {
		super(styles, strings, cells, new CellFormatter(date1904), false);
		this.cells = cells;
	}

	static SheetGrid read(InputStream sheet, Styles styles, SharedStrings strings, boolean date1904)
			throws IOException, SAXException, ParserConfigurationException, UnreadableSheet {
		Cells cells = new Cells();
		SheetContents contents = new SheetContents(styles, strings, cells, date1904);
		XMLReader reader = XMLHelper.newXMLReader();
		reader.setContentHandler(contents);
		try {
			reader.parse(new InputSource(sheet));
		}
		catch (Refused ex) {
			throw new UnreadableSheet(ex.code);
		}
		return new SheetGrid(cells.rows(), contents.merges);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		switch (localName) {
			case "c" -> this.cells.startCell(attributes.getValue("r"), attributes.getValue("t"));
			case "f" -> {
				if (++this.formulas > SheetReader.MAX_FORMULAS) {
					throw new Refused("sheet.file.tooManyFormulas");
				}
			}
			case "mergeCell" -> merge(attributes.getValue("ref"));
			default -> {
			}
		}
		super.startElement(uri, localName, qName, attributes);
	}

	/** Keeps the merged areas that reach a kept cell's column in a row with content. */
	private void merge(String ref) {
		CellRangeAddress range = CellRangeAddress.valueOf(ref);
		if (range.getFirstColumn() >= SheetReader.MAX_COLUMNS) {
			return;
		}
		int rows = this.cells.rowsBetween(range.getFirstRow() + 1, range.getLastRow() + 1);
		if (rows == 0) {
			return;
		}
		this.mergeRows += rows;
		if (this.mergeRows > MAX_MERGE_ROWS) {
			throw new Refused("sheet.file.notXlsx");
		}
		this.merges.add(new Merge(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(),
				range.getLastColumn()));
	}

	/** The cell values, by row number (from 1), of the first columns. */
	private static final class Cells implements SheetContentsHandler {

		private final TreeMap<Integer, String[]> rows = new TreeMap<>();

		private int row;

		private int column;

		private String type;

		@Override
		public void startRow(int rowNum) {
			this.row = rowNum;
			this.column = -1;
		}

		void startCell(String ref, String type) {
			if (ref != null) {
				CellAddress address = new CellAddress(ref);
				this.row = address.getRow();
				this.column = address.getColumn();
			}
			else {
				this.column++;
			}
			this.type = type;
		}

		@Override
		public void endRow(int rowNum) {
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			String text = (formattedValue != null) ? text(formattedValue) : "";
			if (text.isEmpty() || this.column >= SheetReader.MAX_COLUMNS) {
				return;
			}
			String[] cells = this.rows.computeIfAbsent(this.row + 1, (n) -> new String[SheetReader.MAX_COLUMNS]);
			if (this.rows.size() > SheetReader.MAX_ROWS) {
				throw new Refused("sheet.file.tooManyRows");
			}
			cells[this.column] = text;
		}

		private String text(String value) {
			String text = value.replace("\r\n", "\n").replace('\r', '\n').strip();
			return ("e".equals(this.type) && text.startsWith("ERROR:")) ? text.substring("ERROR:".length()) : text;
		}

		int rowsBetween(int first, int last) {
			return (first > last) ? 0 : this.rows.subMap(first, true, last, true).size();
		}

		List<Row> rows() {
			List<Row> rows = new ArrayList<>(this.rows.size());
			for (Map.Entry<Integer, String[]> entry : this.rows.entrySet()) {
				String[] cells = entry.getValue();
				int length = cells.length;
				while (length > 0 && cells[length - 1] == null) {
					length--;
				}
				rows.add(new Row(entry.getKey(),
						Arrays.stream(cells, 0, length).map((c) -> (c != null) ? c : "").toList()));
			}
			return rows;
		}

	}

	/** Stops reading the sheet at once. */
	private static final class Refused extends RuntimeException {

		private final String code;

		Refused(String code) {
			super(code, null, false, false);
			this.code = code;
		}

	}

}
