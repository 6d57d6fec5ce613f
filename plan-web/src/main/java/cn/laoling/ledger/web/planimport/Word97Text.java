package cn.laoling.ledger.web.planimport;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.converter.NumberFormatter;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import cn.laoling.ledger.plan.document.ChineseNumbers;

/**
 * The text of a legacy Word (.doc) plan as {@link WordText} gives a .docx: paragraphs
 * with the numbers Word adds by itself written out, field codes left out, and tables a
 * row to a line with their cells between tabs.
 */
final class Word97Text {

	/** Word's number formats that count in Chinese (一, 二): MS-DOC nfc 33 to 39. */
	private static final int FIRST_CHINESE = 33;

	private static final int LAST_CHINESE = 39;

	private final Map<String, Integer> counters = new HashMap<>();

	private Word97Text() {
	}

	static String of(POIFSFileSystem file) throws UnreadableDocument {
		try (HWPFDocument document = new HWPFDocument(file)) {
			return new Word97Text().text(document.getRange());
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableDocument("import.file.encrypted", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableDocument("import.file.notDoc", ex);
		}
	}

	private String text(Range range) {
		StringBuilder text = new StringBuilder();
		int i = 0;
		while (i < range.numParagraphs()) {
			Paragraph paragraph = range.getParagraph(i);
			if (paragraph.isInTable()) {
				Table table = range.getTable(paragraph);
				table(table, text);
				i += Math.max(1, table.numParagraphs());
				continue;
			}
			text.append(number(paragraph)).append(clean(paragraph.text())).append('\n');
			i++;
		}
		return text.toString();
	}

	private static void table(Table table, StringBuilder text) {
		for (int r = 0; r < table.numRows(); r++) {
			TableRow row = table.getRow(r);
			StringJoiner cells = new StringJoiner("\t");
			for (int c = 0; c < row.numCells(); c++) {
				TableCell cell = row.getCell(c);
				cells.add((cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) ? ""
						: clean(cell.text()).replace('\n', ' ').strip());
			}
			text.append(cells).append('\n');
		}
	}

	/** The paragraph's text without field codes, cell marks and other control marks. */
	private static String clean(String text) {
		StringBuilder clean = new StringBuilder();
		for (char c : Range.stripFields(text).toCharArray()) {
			if (c == '\r' || c == '\u000b') {
				clean.append('\n');
			}
			else if (c == '\t' || !Character.isISOControl(c)) {
				clean.append(c);
			}
		}
		return clean.toString().strip();
	}

	/** The number Word shows before a numbered paragraph, which is not in its text. */
	private String number(Paragraph paragraph) {
		if (!paragraph.isInList()) {
			return "";
		}
		HWPFList list = paragraph.getList();
		char level = (char) paragraph.getIlvl();
		String pattern = list.getNumberText(level);
		if (pattern == null) {
			return "";
		}
		String key = paragraph.getIlfo() + ":" + (int) level;
		int count = this.counters.merge(key, list.getStartAt(level), (n, start) -> n + 1);
		int format = list.getNumberFormat(level);
		String shown = (format >= FIRST_CHINESE && format <= LAST_CHINESE) ? ChineseNumbers.written(count)
				: NumberFormatter.getNumber(count, format);
		StringBuilder number = new StringBuilder();
		for (char c : pattern.toCharArray()) {
			number.append((c < 9) ? shown : String.valueOf(c));
		}
		return number.toString();
	}

}
