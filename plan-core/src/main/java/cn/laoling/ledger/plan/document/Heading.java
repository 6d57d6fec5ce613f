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
	 * The number a task is known by: {@code 1} for {@code 1.}, {@code 一} for {@code 一、},
	 * {@code （一）} and {@code (1)} as written.
	 */
	String taskNumber() {
		return switch (this.level) {
			case 1, 3 -> this.number.replaceAll("[（()）、.．\\s]", "");
			default -> this.number.replaceAll("[、.．\\s]", "");
		};
	}

}
