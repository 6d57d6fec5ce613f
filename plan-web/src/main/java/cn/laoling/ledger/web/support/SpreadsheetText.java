package cn.laoling.ledger.web.support;

/**
 * Text for a cell of an exported spreadsheet or CSV file: a leading {@code = + - @} (or a
 * tab or carriage return before one) would make a spreadsheet program evaluate the cell
 * as a formula, so such text is prefixed with an apostrophe.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	public static String inert(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return formulaLike(text) ? "'" + text : text;
	}

	/** Whether a spreadsheet program would take the text for a formula. */
	public static boolean formulaLike(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
