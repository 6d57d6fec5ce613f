package cn.laoling.ledger.plan.document;

/**
 * Numbers written in Chinese characters, as in dates ({@code 二〇二二年九月一日}) and as Word
 * counts its headings ({@code 十二、}).
 */
public final class ChineseNumbers {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ChineseNumbers() {
	}

	/** {@code 二〇二二} → {@code 2022}, digit by digit. */
	static String digits(String written) {
		StringBuilder digits = new StringBuilder();
		for (char c : written.toCharArray()) {
			char normal = (c == '○' || c == '零') ? '〇' : c;
			digits.append(DIGITS.indexOf(normal));
		}
		return digits.toString();
	}

	/** {@code 十二} → 12, {@code 九} → 9, {@code 二十一} → 21. */
	static int value(String written) {
		int ten = written.indexOf('十');
		if (ten < 0) {
			return DIGITS.indexOf(written.charAt(0));
		}
		int tens = (ten == 0) ? 1 : DIGITS.indexOf(written.charAt(0));
		int ones = (ten == written.length() - 1) ? 0 : DIGITS.indexOf(written.charAt(ten + 1));
		return tens * 10 + ones;
	}

	/**
	 * 12 → {@code 十二}, 9 → {@code 九}, 21 → {@code 二十一}; from 100 on in digits, as
	 * headings do not count so far.
	 */
	public static String written(int value) {
		if (value >= 100) {
			return String.valueOf(value);
		}
		if (value < 10) {
			return String.valueOf(DIGITS.charAt(value));
		}
		String tens = (value < 20) ? "十" : DIGITS.charAt(value / 10) + "十";
		return (value % 10 == 0) ? tens : tens + DIGITS.charAt(value % 10);
	}

}
