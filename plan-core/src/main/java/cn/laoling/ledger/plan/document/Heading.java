package cn.laoling.ledger.plan.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered line of a plan's outline: {@code 一、} &gt; {@code （一）} &gt; {@code 1.} &gt;
 * {@code (1)}/{@code ①}, full-width or half-width.
 *
 * @param level 1 for {@code 一、} down to 4 for {@code (1)}
 * @param number the number as written, with its marks ({@code （一）}, {@code 1.})
 * @param rest what follows the number on the line, in the line's own coordinates from
 * {@code restStart}
 */
record Heading(int level, String number, int restStart) {

	private static final String CHINESE_NUMBER = "[一二三四五六七八九十百]{1,4}";

	private static final Pattern[] LEVELS = { Pattern.compile("^(" + CHINESE_NUMBER + ")\\s*[、.．]\\s*"),
			Pattern.compile("^[（(]\\s*(" + CHINESE_NUMBER + ")\\s*[)）]\\s*[、.．]?\\s*"),
			Pattern.compile("^(\\d{1,3})\\s*(?:[、．]|\\.(?!\\d)|[)）])\\s*"),
			Pattern.compile("^(?:[（(]\\s*(\\d{1,3})\\s*[)）]|([①-⑳]))\\s*") };

	/** {@code 3.65岁以上…}: an item number run into a decimal, or a decimal. */
	private static final Pattern DECIMAL_START = Pattern.compile("^(\\d{1,3})\\.(?=\\d)");

	static final int ITEM = 3;

	static Optional<Heading> of(Line line) {
		String text = line.simplified();
		for (int i = 0; i < LEVELS.length; i++) {
			Matcher matcher = LEVELS[i].matcher(text);
			if (matcher.lookingAt() && matcher.end() < text.length()) {
				return Optional
					.of(new Heading(i + 1, line.original().substring(0, matcher.end()).strip(), matcher.end()));
			}
		}
		return Optional.empty();
	}

	/**
	 * The item a line that starts like a decimal would be: {@code 3.} of
	 * {@code 3.65岁以上老年人…} (also Word's automatic {@code 3.} before {@code 65岁…}). Only
	 * the items around it can tell whether it is one, so the caller decides.
	 */
	static Optional<Heading> ofDecimalStart(Line line) {
		Matcher matcher = DECIMAL_START.matcher(line.simplified());
		if (!matcher.lookingAt()) {
			return Optional.empty();
		}
		return Optional.of(new Heading(ITEM, line.original().substring(0, matcher.end()), matcher.end()));
	}

	/**
	 * The number's value: 3 for {@code 3.}, {@code （三）} and {@code ③}; 0 when it has none
	 * that can be counted on ({@code 一百}).
	 */
	int ordinal() {
		String numeral = this.number.replaceAll("[（()）、.．)\\s]", "");
		if (numeral.isEmpty()) {
			return 0;
		}
		char first = numeral.charAt(0);
		if (first >= '①' && first <= '⑳') {
			return first - '①' + 1;
		}
		if (Character.isDigit(first)) {
			return Integer.parseInt(numeral);
		}
		return numeral.contains("百") ? 0 : ChineseNumbers.value(numeral);
	}

	/** Which numbering this heading belongs to. */
	Numbering numbering() {
		return switch (this.level) {
			case 1 -> Numbering.CHINESE;
			case 2 -> Numbering.CHINESE_IN_BRACKETS;
			case ITEM -> Numbering.ARABIC;
			default -> this.number.matches("^[①-⑳].*") ? Numbering.CIRCLED : Numbering.ARABIC_IN_BRACKETS;
		};
	}

	/**
	 * Another number written as this heading's {@link #taskNumber()} is: {@code 3} beside
	 * {@code 4}, {@code （三）} beside {@code （四）}.
	 */
	String taskNumber(int ordinal) {
		String own = taskNumber();
		if (own.matches(".*[①-⑳].*")) {
			return (ordinal <= 20) ? own.replaceAll("[①-⑳]", String.valueOf((char) ('①' + ordinal - 1)))
					: "(" + ordinal + ")";
		}
		if (own.matches(".*\\d.*")) {
			return own.replaceAll("\\d+", String.valueOf(ordinal));
		}
		return own.replaceAll(CHINESE_NUMBER, ChineseNumbers.written(ordinal));
	}

	/**
	 * The number a task is known by: {@code 1} for {@code 1.}, {@code 一} for {@code 一、},
	 * {@code （一）} and {@code (1)} as written.
	 */
	String taskNumber() {
		return switch (this.level) {
			case 1, 3 -> this.number.replaceAll("[（()）、.．\\s]", "");
			default -> this.number.replaceAll("[、.．\\s]", "");
		};
	}

	/** The ways items are numbered: one to a level, but {@code (1)} and {@code ①}. */
	enum Numbering {

		CHINESE, CHINESE_IN_BRACKETS, ARABIC, ARABIC_IN_BRACKETS, CIRCLED;

		/**
		 * A pattern of the number written this way with its marks: {@code 4、},
		 * {@code （四）}.
		 */
		String mark(int number) {
			return switch (this) {
				case CHINESE -> ChineseNumbers.written(number) + "\\s*[、.．]";
				case CHINESE_IN_BRACKETS -> "[（(]\\s*" + ChineseNumbers.written(number) + "\\s*[)）]";
				case ARABIC -> number + "\\s*(?:[、．)）]|\\.(?!\\d))";
				case ARABIC_IN_BRACKETS -> "[（(]\\s*" + number + "\\s*[)）]";
				case CIRCLED -> (number >= 1 && number <= 20) ? String.valueOf((char) ('①' + number - 1)) : "(?!)";
			};
		}

	}

}
