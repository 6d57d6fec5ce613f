package cn.laoling.ledger.web.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import cn.laoling.ledger.shared.NumberText;

/**
 * Numbers as their value, not as the cell's format shows them: dates as
 * {@code yyyy-MM-dd}, other numbers without a trailing {@code .0}.
 */
final class CellFormatter extends DataFormatter {

	/** Excel shows at most 15 significant digits. */
	private static final MathContext EXCEL_DIGITS = new MathContext(15);

	private final boolean date1904;

	CellFormatter(boolean date1904) {
		this.date1904 = date1904;
	}

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString) {
		if (isDateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			return DateUtil.getLocalDateTime(value, this.date1904).toLocalDate().toString();
		}
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		return NumberText.of(BigDecimal.valueOf(value).round(EXCEL_DIGITS));
	}

	/**
	 * Built-in formats 27–36 and 50–58 are the East Asian dates and times (in zh-CN
	 * {@code yyyy"年"m"月"d"日"} is 31); files do not spell them out and POI does not know
	 * them as dates.
	 */
	private static boolean isDateFormat(int formatIndex, String formatString) {
		return (formatIndex >= 27 && formatIndex <= 36) || (formatIndex >= 50 && formatIndex <= 58)
				|| DateUtil.isADateFormat(formatIndex, formatString);
	}

}
