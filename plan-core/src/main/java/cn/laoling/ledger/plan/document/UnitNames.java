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
		String[] pieces = SEPARATORS.split(written.strip());
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
		String name = piece.strip().replaceAll("^[:：（(]+|[）)]+$", "");
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

	private static int end(Pattern leading, String name) {
		Matcher matcher = leading.matcher(Simplifier.simplify(name));
		return matcher.lookingAt() ? matcher.end() : 0;
	}

}
