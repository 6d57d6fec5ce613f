package cn.laoling.ledger.web.plan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.laoling.ledger.plan.Section;

/** Sections typed one a line, each with its number as written: {@code （一）优化居家养老服务供给}. */
public final class SectionLines {

	private static final Pattern NUMBERED = Pattern
		.compile("^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\\d+[.、．])\\s*(.+)$");

	private SectionLines() {
	}

	public static List<Section> parse(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter((l) -> !l.isEmpty()).map(SectionLines::section).toList();
	}

	public static String format(List<Section> sections) {
		return String.join("\n", sections.stream().map(Section::heading).toList());
	}

	private static Section section(String line) {
		Matcher matcher = NUMBERED.matcher(line);
		return matcher.matches() ? Section.of(matcher.group(1), matcher.group(2)) : Section.of("", line);
	}

}
