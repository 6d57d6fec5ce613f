package cn.laoling.ledger.web.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import cn.laoling.ledger.plan.document.ChineseNumbers;

/**
 * The text of a .docx in reading order: paragraphs, with the numbers Word adds by itself
 * ({@code 一、}, {@code 1.}) written out, and tables a row to a line.
 */
final class WordText {

	private final Map<String, Integer> counters = new HashMap<>();

	private WordText() {
	}

	static String of(byte[] bytes) throws UnreadableDocument {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			return new WordText().text(document);
		}
		catch (NotOfficeXmlFileException ex) {
			throw new UnreadableDocument("import.file.notDocx", ex);
		}
		catch (IOException | RuntimeException ex) {
			String message = String.valueOf(ex.getMessage()) + String.valueOf(ex.getCause());
			throw new UnreadableDocument(message.contains("Zip bomb") || message.contains("zip bomb")
					? "import.file.zipBomb" : "import.file.notDocx", ex);
		}
	}

	private String text(XWPFDocument document) {
		StringBuilder text = new StringBuilder();
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				text.append(number(paragraph)).append(paragraph.getText()).append('\n');
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					StringJoiner cells = new StringJoiner("\t");
					for (XWPFTableCell cell : row.getTableCells()) {
						cells.add(cell.getText().replace('\n', ' '));
					}
					text.append(cells).append('\n');
				}
			}
		}
		return text.toString();
	}

	/** The number Word shows before a numbered paragraph, which is not in its text. */
	private String number(XWPFParagraph paragraph) {
		BigInteger numId = paragraph.getNumID();
		String pattern = paragraph.getNumLevelText();
		if (numId == null || pattern == null) {
			return "";
		}
		BigInteger level = paragraph.getNumIlvl();
		String key = numId + ":" + ((level != null) ? level : BigInteger.ZERO);
		int count = this.counters.merge(key, 1, Integer::sum);
		String format = String.valueOf(paragraph.getNumFmt());
		String shown = format.startsWith("chinese") || format.startsWith("ideograph") ? ChineseNumbers.written(count)
				: format.equals("decimalEnclosedCircle") && count <= 20 ? String.valueOf((char) ('①' + count - 1))
						: String.valueOf(count);
		return pattern.replaceAll("%\\d", shown);
	}

}
