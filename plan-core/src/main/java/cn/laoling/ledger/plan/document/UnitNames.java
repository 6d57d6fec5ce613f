package cn.laoling.ledger.plan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit names as plans write them: {@code 区住建局、财政局、民政局}, separated by {@code 、，,；} or
 * blanks, yet a collective name keeps its {@code 、} ({@code 各县、市、区政府}); a trailing
 * {@code 等} or {@code 。} is not part of a name, and a person (a name with a title) is not
 * a unit.
 */
public final class UnitNames {

	private static final Pattern SEPARATORS = Pattern
		.compile("[、，,；;/\\s]+|(?<=[局委办部院会府镇联队所站室科处团心])[和及与](?=\\p{IsHan}{2})");

	private static final Pattern PERSON = Pattern
		.compile(".*(区长|县长|市长|镇长|书记|主任|局长|部长|处长|科长|同志|委员|代表|领导)$|^[\\p{IsHan}]{1,3}[（(].*[)）]$");

	private static final Pattern UNIT_ENDING = Pattern
		.compile("(局|委|办|部|院|会|府|政府|街道|街镇|镇|乡|联|队|所|站|室|科|处|团|中心|厅|署|行|司|社|公司|单位|部门|机构|组|校|馆|总队|支队|大队|集团|银行|法院|检察院)$");

	private static final Pattern LEADING = Pattern.compile("^(按照?职责分工|按照?职责|分别|共同|由)+");

	private static final Pattern TRAILING = Pattern.compile("(按照?职责分工|按照?职责)?(分别|共同)?(负责落实|负责|配合|落实|参与|牵头|组织实施|实施)+$");

	private UnitNames() {
	}

	/** The unit names in a list as written, cleaned, in order, each once. */
	public static List<String> split(String written) {
		List<String> names = new ArrayList<>();
		if (written == null) {
			return names;
		}
		List<String> pieces = outsideBrackets(written.strip());
		StringBuilder pending = new StringBuilder();
		for (String piece : pieces) {
			if (piece.isBlank()) {
				continue;
			}
			if (!pending.isEmpty()) {
				pending.append('、');
			}
			pending.append(piece);
			if (opensCollective(piece)) {
				continue;
			}
			add(names, pending.toString());
			pending.setLength(0);
		}
		if (!pending.isEmpty()) {
			add(names, pending.toString());
		}
		return names;
	}

	/**
	 * The pieces between separators, never splitting inside brackets: {@code 各县（市、区）政府}
	 * is one name.
	 */
	private static List<String> outsideBrackets(String written) {
		StringBuilder masked = new StringBuilder(written);
		int depth = 0;
		for (int i = 0; i < masked.length(); i++) {
			char c = masked.charAt(i);
			if (Brackets.isOpening(c)) {
				depth++;
			}
			else if (Brackets.isClosing(c) && depth > 0) {
				depth--;
			}
			else if (depth > 0) {
				masked.setCharAt(i, 'X');
			}
		}
		List<String> pieces = new ArrayList<>();
		Matcher separator = SEPARATORS.matcher(masked);
		int from = 0;
		while (separator.find()) {
			pieces.add(written.substring(from, separator.start()));
			from = separator.end();
		}
		pieces.add(written.substring(from));
		return pieces;
	}

	/**
	 * Whether a name reads as a unit: an office, a government, a collective ({@code 各街道},
	 * {@code 有关部门}). Plans also name units by their short form ({@code 财政局}), so this
	 * only tells a unit from the words of a task.
	 */
	public static boolean looksLikeUnit(String name) {
		String simplified = Simplifier.simplify(name).replaceAll("[（(][^）)]*[)）]", "");
		return simplified.length() >= 2 && simplified.length() <= 24 && !simplified.matches(".*[，。；：,;:\\s].*")
				&& (simplified.startsWith("各") || UNIT_ENDING.matcher(simplified).find());
	}

	/** Whether a name is a person's, not a unit's ({@code 张三副区长}). */
	public static boolean isPerson(String name) {
		return PERSON.matcher(Simplifier.simplify(name)).matches();
	}

	/** {@code 各县}, {@code 市}: the start of a collective name that goes on after a 、. */
	private static boolean opensCollective(String piece) {
		String simplified = Simplifier.simplify(piece);
		return simplified.length() == 1 || simplified.matches("各\\p{IsHan}");
	}

	private static void add(List<String> names, String piece) {
		String name = clean(piece);
		if (!name.isEmpty() && !names.contains(name)) {
			names.add(name);
		}
	}

	static String clean(String piece) {
		String name = unbalancedClosers(piece.strip().replaceAll("^[:：]+", ""));
		String previous;
		do {
			previous = name;
			name = name.replaceAll("[。．.；;，,、\\s]+$", "").replaceAll("等$", "").strip();
			name = name.substring(end(LEADING, name));
			Matcher trailing = TRAILING.matcher(Simplifier.simplify(name));
			if (trailing.find() && trailing.start() > 0) {
				name = name.substring(0, trailing.start());
			}
		}
		while (!name.equals(previous));
		return name;
	}

	/**
	 * Without brackets that open or close nothing at either end: {@code （区民政局} and
	 * {@code 区民政局）} lose theirs, {@code 市委组织部（人才办）} keeps its own.
	 */
	private static String unbalancedClosers(String name) {
		String result = name;
		while (!result.isEmpty() && Brackets.isOpening(result.charAt(0)) && Brackets.depthAtEnd(result) > 0) {
			result = result.substring(1);
		}
		while (!result.isEmpty() && Brackets.isClosing(result.charAt(result.length() - 1))
				&& Brackets.depthAtEnd(result) < 0) {
			result = result.substring(0, result.length() - 1);
		}
		return result;
	}

	private static int end(Pattern leading, String name) {
		Matcher matcher = leading.matcher(Simplifier.simplify(name));
		return matcher.lookingAt() ? matcher.end() : 0;
	}

}
