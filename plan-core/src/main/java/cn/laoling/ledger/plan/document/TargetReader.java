package cn.laoling.ledger.plan.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.Measure;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetValue;
import cn.laoling.ledger.shared.NumberText;

/**
 * 量化目标 written in a task: a count with its measure word ({@code 创建老年友好型社区26个}), an area,
 * a rate ({@code 规范健康管理率达70%以上}), per year or quarter ({@code 每年培训1500人次以上}), or a range
 * ({@code 4-5家}). Numbers that are not targets are left alone: standards
 * ({@code 1000元/例}), what exists already ({@code 现有14家}), dates, document numbers and
 * anything quoted.
 */
public final class TargetReader {

	/** A number as a plan writes it, with or without grouping: 1500, 1,500, 0.5. */
	private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";

	private static final Pattern AMOUNT = Pattern
		.compile("(?<![\\d.,A-Za-z〔\\[])" + NUMBER + "(?:\\s*(?:-|—|–|~|～|至|到)\\s*" + NUMBER + ")?\\s*(余|多)?\\s*"
				+ "(万平方米|平方米|平方公里|公里|千米|万人次|万人|人次|天次|个|户|张|场|次|家|处|件|条|所|名|人|把|套|期|项|支|辆|台|间|批|座|种|位"
				+ "|栋|篇|册|份|亩|床|轮|组|只|块|%|％)(?![/／])");

	private static final Pattern NOUN_END = Pattern.compile("[，,。；;：:（(！!？?\\n]");

	private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,。；;：:！!？?\\n]");

	private static final Pattern NOT_A_TARGET = Pattern
		.compile("现有|已有|已经|已完成|已建成|已累计|累计|共有|先后|依托|原有|目前|截至|截止|现已|去年|上年|荣获|共计|共成功|年来|以来|发挥");

	private static final Pattern OBJECT_OF = Pattern.compile("(包含|包括|对|第|为期|历时|前)$");

	private static final Pattern BOUND_BEFORE = Pattern.compile("(不少于|不低于|不超过|不高于|不多于|至少|最少|达到|(?<![下传送抵])达"
			+ "|超过|突破|提高到|提高至|提升到|提升至|增加到|增至|保持在|控制在|低于|少于|最多|大约|约|近)\\s*$");

	private static final Pattern AT_MOST_WORDS = Pattern.compile("不超过|不高于|不多于|控制在|低于|少于|最多");

	private static final Pattern ABOUT_WORDS = Pattern.compile("大约|约|近");

	private static final Pattern AFTER = Pattern.compile("^\\s*(以上|以下|以内|左右)");

	private static final Pattern COMMITMENT = Pattern.compile("确保|力争|计划|将");

	private static final String VERBS = "建立健全|创建|完成|建成|新建|新增|开展|培训|建设|推出|增设|开设|提供|改造|打造|实现|组织|举办|招募"
			+ "|培育|扶持|建立|设立|增加|配备|覆盖|达到|确保|力争|举行|发放|救助|慰问|签约|帮扶|资助|创成|分解下达|下达|包括";

	private static final Pattern FIRST_VERB = Pattern.compile(VERBS);

	private static final Pattern ENDS_WITH_VERB = Pattern.compile("(" + VERBS + "|为|向|给)$");

	private static final Pattern PREDICATE = Pattern.compile("开设|设立|开展|开通|实现|全部|达到|提供|参与|纳入|进行|实施|配备|建立|的建设任务");

	private static final Pattern SCOPE = Pattern
		.compile("^((到|至|在|于)?\\d{4}年(底|末)?前?|年内|全年|每年度?|年均|每季度?|每月|全区|全市|全县|全旗|全镇|区级|市级|力争|确保|[、和及与])+");

	private static final Pattern TRAILING_COMPARATOR = Pattern
		.compile("(不少于|不低于|至少|达到|达|超过|突破|提高到|提高至|提升到|提升至|增加到|增至|保持在|保持|不超过|不高于|控制在|低于|少于|最多|大约|约|近|共|合计)$");

	private TargetReader() {
	}

	/** What a text names as targets, and the numbers that only might be targets. */
	public record Reading(List<Found<Target>> targets, List<Found<String>> possibleTargets) {

	}

	public static Reading read(String text) {
		return read(text, Simplifier.simplify(text), false);
	}

	/**
	 * @param strict whether only targets with a bound ({@code 不少于}, {@code 以上}) or a
	 * commitment ({@code 确保}) count, the others becoming possible targets: for texts that
	 * mostly report what was done, such as proposal replies
	 */
	public static Reading read(String original, String simplified, boolean strict) {
		List<Found<Target>> targets = new ArrayList<>();
		List<Found<String>> possible = new ArrayList<>();
		boolean[] quoted = quoted(simplified);
		Matcher matcher = AMOUNT.matcher(simplified);
		int previousEnd = 0;
		while (matcher.find()) {
			if (quoted[matcher.start()]) {
				continue;
			}
			int clauseStart = Math.max(clauseStart(simplified, matcher.start()), previousEnd);
			String before = simplified.substring(clauseStart, matcher.start());
			if (NOT_A_TARGET.matcher(before).find() || OBJECT_OF.matcher(before).find()) {
				continue;
			}
			if (refersToExisting(before, simplified.substring(matcher.end()))) {
				continue;
			}
			int end = matcher.end();
			Matcher after = AFTER.matcher(simplified.substring(end));
			String boundAfter = after.find() ? after.group(1) : null;
			if (boundAfter != null) {
				end += after.end();
			}
			Comparator comparator = comparator(before, matcher.group(3), boundAfter);
			int wordingStart = Math.max(clauseStart, matcher.start() - 20);
			Span span = new Span(wordingStart + leadingBlanks(simplified.substring(wordingStart, matcher.start())),
					end);
			boolean committed = isBound(before, boundAfter) || COMMITMENT.matcher(before).find();
			Target target = target(matcher, before, simplified.substring(end), comparator);
			if (target == null) {
				continue;
			}
			previousEnd = end;
			if (strict && !committed) {
				possible.add(new Found<>(original.substring(span.start(), span.end()), span));
			}
			else {
				targets.add(new Found<>(target, span));
			}
		}
		return new Reading(targets, possible);
	}

	private static Target target(Matcher matcher, String before, String rest, Comparator comparator) {
		BigDecimal low = NumberText.parse(matcher.group(1));
		BigDecimal high = NumberText.parse(matcher.group(2));
		if (high != null && high.compareTo(low) <= 0) {
			return null;
		}
		Measure measure = new Measure(matcher.group(4));
		TargetValue value = TargetValue.of(low, high);
		if (measure.isRate() && value.goal().compareTo(Target.HUNDRED) > 0) {
			return null;
		}
		String counted = measure.isRate() ? rateSubject(before) : countSubject(before, rest);
		if (counted.isEmpty()) {
			counted = measure.isRate() ? "比例" : "数量";
		}
		return new Target(value, measure, counted, comparator, recurrence(before));
	}

	private static Comparator comparator(String before, String approximately, String after) {
		Matcher bound = BOUND_BEFORE.matcher(before);
		String word = bound.find() ? bound.group(1) : "";
		if (AT_MOST_WORDS.matcher(word).matches() || "以下".equals(after) || "以内".equals(after)) {
			return Comparator.AT_MOST;
		}
		if (ABOUT_WORDS.matcher(word).matches() || "左右".equals(after)) {
			return Comparator.ABOUT;
		}
		if (!word.isEmpty() || "以上".equals(after) || approximately != null) {
			return Comparator.AT_LEAST;
		}
		return Comparator.EXACTLY;
	}

	/** {@code 全区1家公证处、区法律援助中心全部开通…}: a count of what exists, not a target. */
	private static boolean refersToExisting(String before, String rest) {
		if (!SCOPE.matcher(before.strip()).replaceFirst("").isEmpty()) {
			return false;
		}
		Matcher end = CLAUSE_BREAK.matcher(rest);
		String clause = end.find() ? rest.substring(0, end.start()) : rest;
		return clause.contains("全部") || clause.contains("均已");
	}

	private static boolean isBound(String before, String after) {
		return BOUND_BEFORE.matcher(before).find() || after != null;
	}

	private static Recurrence recurrence(String before) {
		if (before.matches(".*(每季度|每季|季均|每个季度).*")) {
			return Recurrence.PER_QUARTER;
		}
		if (before.matches(".*(每年|年均|每一年|每年度).*")) {
			return Recurrence.PER_YEAR;
		}
		return Recurrence.ONCE;
	}

	private static String rateSubject(String before) {
		String subject = strip(TRAILING_COMPARATOR, before.strip());
		subject = SCOPE.matcher(subject).replaceFirst("");
		subject = subject.replaceFirst("^(确保|力争|实现|使|让)", "");
		return shorten(SCOPE.matcher(subject).replaceFirst(""));
	}

	private static String countSubject(String before, String rest) {
		String core = SCOPE.matcher(strip(TRAILING_COMPARATOR, before.strip())).replaceFirst("");
		if (core.isEmpty() || ENDS_WITH_VERB.matcher(core).find()) {
			String after = followingNoun(rest);
			if (!after.isEmpty()) {
				return shorten(after);
			}
		}
		Matcher verb = FIRST_VERB.matcher(core);
		String subject = (verb.find() && verb.end() < core.length()) ? core.substring(verb.end()) : core;
		return shorten(SCOPE.matcher(subject).replaceFirst(""));
	}

	/** The noun after a count: {@code 2个便民圈建设任务} → {@code 便民圈建设任务}. */
	private static String followingNoun(String rest) {
		Matcher stop = NOUN_END.matcher(rest);
		String noun = stop.find() ? rest.substring(0, stop.start()) : rest;
		noun = noun.replaceFirst("^\\s*(以上|以下|以内|左右)?的?", "");
		int etc = noun.lastIndexOf('等');
		if (etc >= 0 && etc < noun.length() - 1) {
			noun = noun.substring(etc + 1);
		}
		int of = noun.indexOf('的');
		if (of > 0) {
			String head = noun.substring(of + 1);
			noun = (head.length() <= 6 && !head.isEmpty()) ? head : noun.substring(0, of);
		}
		Matcher predicate = PREDICATE.matcher(noun);
		if (predicate.find() && predicate.start() > 0) {
			noun = noun.substring(0, predicate.start());
		}
		return noun.strip();
	}

	private static String strip(Pattern trailing, String text) {
		Matcher matcher = trailing.matcher(text);
		return matcher.find() ? text.substring(0, matcher.start()) : text;
	}

	private static String shorten(String subject) {
		String trimmed = subject.replaceAll("^[、，,\\s]+|[、，,\\s]+$", "");
		return (trimmed.length() > 40) ? trimmed.substring(trimmed.length() - 40) : trimmed;
	}

	private static int clauseStart(String text, int position) {
		int start = 0;
		Matcher matcher = CLAUSE_BREAK.matcher(text);
		while (matcher.find() && matcher.start() < position) {
			start = matcher.end();
		}
		return start;
	}

	private static int leadingBlanks(String text) {
		int i = 0;
		while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '、')) {
			i++;
		}
		return i;
	}

	/**
	 * Positions inside 《》, “”, 〔〕 or "": titles, names and numbers of other documents.
	 */
	private static boolean[] quoted(String text) {
		boolean[] inside = new boolean[text.length() + 1];
		int depth = 0;
		boolean straight = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '《' || c == '“' || c == '〔') {
				depth++;
			}
			else if ((c == '》' || c == '”' || c == '〕') && depth > 0) {
				depth--;
			}
			else if (c == '"') {
				straight = !straight;
			}
			inside[i] = depth > 0 || straight;
		}
		return inside;
	}

}
