package cn.laoling.ledger.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * 数字写法: a number written as people write it — {@code 70}, {@code 1500}, {@code 0.5},
 * {@code 26} — never with an exponent ({@code 7E+1}), never with trailing zeros
 * ({@code 26.00}), without grouping. Every page, form, preview, spreadsheet, notice and
 * document writes its numbers here, and every form reads them back here.
 * <p>
 * A number as given (a target, a reported figure, the sum of figures) is written exactly:
 * {@link #of}. A number the application computes is rounded half up first: a 序时进度 value
 * to at most {@value #COMPUTED_DECIMALS} decimals ({@link #rounded}, 12.89), a percentage
 * (a target's completion rate, a share of the tasks) to at most
 * {@value #PERCENT_DECIMALS} ({@link #percent}, 30.8%).
 */
public final class NumberText {

	/** The decimals a computed number keeps at most: 序时 12.89. */
	public static final int COMPUTED_DECIMALS = 2;

	/** The decimals a computed percentage keeps at most: 30.8%. */
	public static final int PERCENT_DECIMALS = 1;

	private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?|-?\\.\\d+");

	private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private NumberText() {
	}

	/**
	 * The value in its plainest form: no trailing zeros and never a negative scale, so
	 * that {@code 70}, {@code 70.00} and {@code 7E+1} are one value that prints as
	 * {@code 70}; {@code null} stays {@code null}.
	 */
	public static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/** A number as given, written exactly; nothing for {@code null}. */
	public static String of(BigDecimal value) {
		return (value == null) ? "" : plain(value).toPlainString();
	}

	/**
	 * A computed number, rounded half up to at most {@value #COMPUTED_DECIMALS} decimals;
	 * nothing for {@code null}.
	 */
	public static String rounded(BigDecimal value) {
		return (value == null) ? "" : of(value.setScale(COMPUTED_DECIMALS, RoundingMode.HALF_UP));
	}

	/**
	 * A computed percentage, rounded half up to at most {@value #PERCENT_DECIMALS}
	 * decimal, with its sign: {@code 30.8%}, {@code 90%}; nothing for {@code null}.
	 */
	public static String percent(BigDecimal value) {
		return (value == null) ? "" : of(value.setScale(PERCENT_DECIMALS, RoundingMode.HALF_UP)) + "%";
	}

	/**
	 * A number as a person types it: {@code 1500}, {@code 1,500}, {@code 0.5}, with
	 * full-width digits, point or comma as a Chinese input method writes them; commas
	 * only between groups of three digits ({@code 1,5} is not read as 15).
	 * @return the value in its plainest form, {@code null} for blank text
	 * @throws NumberFormatException when the text is not such a number
	 */
	public static BigDecimal parse(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder halfWidth = new StringBuilder(text.length());
		text.strip().codePoints().forEach((c) -> halfWidth.appendCodePoint(halfWidth(c)));
		String written = halfWidth.toString().strip();
		if (written.isEmpty()) {
			return null;
		}
		if (PLAIN.matcher(written).matches()) {
			return plain(new BigDecimal(written));
		}
		if (GROUPED.matcher(written).matches()) {
			return plain(new BigDecimal(written.replace(",", "")));
		}
		throw new NumberFormatException("not a number as written: " + text);
	}

	private static int halfWidth(int c) {
		if (c >= '０' && c <= '９') {
			return c - '０' + '0';
		}
		return switch (c) {
			case '．', '。' -> '.';
			case '，' -> ',';
			case '－' -> '-';
			case '\u3000' -> ' ';
			default -> c;
		};
	}

}
