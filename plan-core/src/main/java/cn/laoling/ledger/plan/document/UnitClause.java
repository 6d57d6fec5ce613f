package cn.laoling.ledger.plan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who leads and who is responsible, in the forms plans write it: label lines
 * ({@code 牵头单位：区卫健委、各街镇}, with synonyms), inline brackets ({@code （市民政局牵头，各区、市政府负责落实）}),
 * a bare line ({@code 区民政局牵头，各街镇配合}), and the clause that applies to every following task
 * ({@code 以下各项工作均需各区、市政府负责落实}). A person ({@code 责任领导}) is never a unit.
 *
 * @param lead 牵头单位 as written
 * @param responsible 责任单位 as written
 * @param spans where the names are, in the coordinates of the text read
 * @param persons names dropped because they name a person
 */
record UnitClause(List<String> lead, List<String> responsible, List<Span> spans, List<String> persons) {

	private static final String LEAD_LABELS = "牵头责任单位|责任牵头单位|牵头单位|牵头部门|主责单位|主责部门";

	private static final String RESPONSIBLE_LABELS = "协同责任单位|协同[（(]责任[)）]单位|协同单位|配合单位|配合部门|责任单位|责任部门|责任科室|协办单位|参与单位";

	private static final String PERSON_LABELS = "牵头负责领导|责任领导|分管领导|牵头领导|负责领导|责任人|联系人|联络人|联络员";

	/**
	 * A deadline written among the units ({@code 完成时限：2023年10月底}): read as a deadline,
	 * never a unit.
	 */
	private static final String DEADLINE_LABELS = "完成时限|完成时间|时间节点|时限要求|进度安排|时限";

	private static final String OTHER_LABELS = PERSON_LABELS + "|" + DEADLINE_LABELS;

	private static final Pattern LABEL = Pattern
		.compile("(" + LEAD_LABELS + "|" + RESPONSIBLE_LABELS + "|" + OTHER_LABELS + ")\\s*[:：]\\s*");

	private static final Pattern LABEL_LINE = Pattern
		.compile("^[（(【\\[〔［]?\\s*(" + LEAD_LABELS + "|" + RESPONSIBLE_LABELS + "|" + PERSON_LABELS + ")\\s*[:：]");

	/**
	 * The longest a bracket of units is: past it, a bracket is part of the task's words.
	 */
	private static final int BRACKET_LENGTH = 200;

	private static final String LEAD_DUTIES = "牵头负责|牵头落实|牵头|会同[^，,；;。]{0,12}?(负责|落实|推进|实施)";

	private static final Pattern LEAD_DUTY = Pattern.compile(LEAD_DUTIES);

	private static final Pattern DUTY = Pattern
		.compile("^(.+?)(" + LEAD_DUTIES + "|等?(有关|相关)?部门按照?职责分工负责|按照?职责分工负责|分工负责|负责落实|共同负责|负责|配合|参与|落实|协同配合|协助)$");

	private static final Pattern CLAUSE = Pattern.compile("[^，,；;。]+");

	/** {@code 排在第一位的部门为牵头部门}, stated once for every task after it. */
	private static final Pattern FIRST_LEADS = Pattern
		.compile("(排在?第一位的?|列第一位者?|列在?首位的?|第一个?(逗号|，|,)?前的?)(部门|单位)?(为|是)牵头(部门|单位)");

	/** What a bracket of units may say besides them: the rule above, {@code 下同}. */
	private static final Pattern ASIDE = Pattern.compile(".*" + FIRST_LEADS.pattern() + ".*|下同|以下同|后同");

	private static final Pattern FOLLOWING = Pattern.compile("以下(各项|所有)?(工作|任务)?(均|都)(需要?|由|要)?(.+?)(负责落实|负责|落实|牵头)");

	static UnitClause none() {
		return new UnitClause(List.of(), List.of(), List.of(), List.of());
	}

	boolean isEmpty() {
		return this.lead.isEmpty() && this.responsible.isEmpty();
	}

	/** A line that only says who leads and who is responsible. */
	static Optional<UnitClause> ofLine(Line line) {
		String simplified = line.simplified();
		if (LABEL_LINE.matcher(simplified).find()) {
			return Optional.of(labelled(line.original(), simplified));
		}
		if (simplified.length() <= 80 && simplified.contains("牵头")) {
			return duties(line.original(), simplified, 0);
		}
		return Optional.empty();
	}

	/**
	 * The units of a table's 牵头单位 or 责任单位 cell: the names as written, unless the cell
	 * says who does what itself ({@code 区民政局牵头，各街道配合}, {@code 牵头单位：…}).
	 * @param leads whether the cell's column is the 牵头单位 one
	 */
	static UnitClause ofCell(String original, String simplified, boolean leads) {
		if (LABEL_LINE.matcher(simplified).find()) {
			return labelled(original, simplified);
		}
		Optional<UnitClause> duties = duties(original, simplified, 0);
		if (duties.isPresent() && !duties.get().lead().isEmpty()) {
			return duties.get();
		}
		List<String> names = new ArrayList<>();
		List<String> persons = new ArrayList<>();
		for (String name : UnitNames.split(original)) {
			(UnitNames.isPerson(name) ? persons : names).add(name);
		}
		Span span = new Span(0, original.length());
		return leads ? new UnitClause(names, List.of(), List.of(span), persons)
				: new UnitClause(List.of(), names, List.of(span), persons);
	}

	/** Units named in brackets inside a task's text, with where the brackets are. */
	static List<Found<UnitClause>> inText(String original, String simplified) {
		List<Found<UnitClause>> found = new ArrayList<>();
		for (Span bracket : Brackets.outermost(simplified)) {
			int start = bracket.start() + 1;
			int end = bracket.end() - 1;
			if (end - start < 2 || end - start > BRACKET_LENGTH) {
				continue;
			}
			String inner = simplified.substring(start, end);
			Optional<UnitClause> clause = LABEL_LINE.matcher(inner).find()
					? Optional.of(labelled(original.substring(start, end), inner).shift(start))
					: duties(original.substring(start, end), inner, start);
			clause.filter((c) -> !c.isEmpty()).ifPresent((c) -> found.add(new Found<>(c, bracket)));
		}
		if (found.isEmpty()) {
			trailing(original, simplified).ifPresent(found::add);
		}
		return found;
	}

	/**
	 * {@code 开展健康促进行动，市卫健委牵头，市民政局配合。}: the sentence's last clauses, when each names units
	 * and their duty. The span starts at the mark before them, so that the task's words
	 * keep their own full stop.
	 */
	private static int withoutTrailingMarks(String text) {
		int end = text.length();
		while (end > 0 && "。；;，,. \t".indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return end;
	}

	private static Optional<Found<UnitClause>> trailing(String original, String simplified) {
		int end = withoutTrailingMarks(simplified);
		List<int[]> clauses = new ArrayList<>();
		Matcher matcher = CLAUSE.matcher(simplified.substring(0, end));
		while (matcher.find()) {
			clauses.add(new int[] { matcher.start(), matcher.end() });
		}
		int first = clauses.size();
		while (first > 1 && duties(original.substring(clauses.get(first - 1)[0], end),
				simplified.substring(clauses.get(first - 1)[0], end), 0)
			.isPresent()) {
			first--;
		}
		if (first == clauses.size()) {
			return Optional.empty();
		}
		int start = clauses.get(first)[0];
		return duties(original.substring(start, end), simplified.substring(start, end), start)
			.map((clause) -> new Found<>(clause, new Span(start - 1, end)));
	}

	/**
	 * Where a plan first says that the first unit named leads ({@code 排在第一位的部门为牵头部门}), or
	 * -1.
	 */
	static int firstLeadsFrom(String simplified) {
		Matcher matcher = FIRST_LEADS.matcher(simplified);
		return matcher.find() ? matcher.start() : -1;
	}

	/** The first unit named leads, when no unit is said to: the plan said so once. */
	UnitClause firstAsLead() {
		if (!this.lead.isEmpty() || this.responsible.isEmpty()) {
			return this;
		}
		return new UnitClause(List.of(this.responsible.get(0)), this.responsible.subList(1, this.responsible.size()),
				this.spans, this.persons);
	}

	/** {@code 以下各项工作均需各区、市政府负责落实}: responsible units for every following task. */
	static Optional<UnitClause> following(Line line) {
		Matcher matcher = FOLLOWING.matcher(line.simplified());
		if (!matcher.find()) {
			return Optional.empty();
		}
		String names = line.original().substring(matcher.start(5), matcher.end(5));
		return Optional.of(new UnitClause(List.of(), UnitNames.split(names),
				List.of(new Span(matcher.start(5), matcher.end(5))), List.of()));
	}

	UnitClause shift(int offset) {
		return new UnitClause(this.lead, this.responsible, this.spans.stream().map((s) -> s.shift(offset)).toList(),
				this.persons);
	}

	UnitClause plus(UnitClause other) {
		return new UnitClause(union(this.lead, other.lead), union(this.responsible, other.responsible),
				union(this.spans, other.spans), union(this.persons, other.persons));
	}

	private static <T> List<T> union(List<T> first, List<T> second) {
		List<T> all = new ArrayList<>(first);
		second.stream().filter((t) -> !all.contains(t)).forEach(all::add);
		return all;
	}

	private static UnitClause labelled(String original, String simplified) {
		List<String> lead = new ArrayList<>();
		List<String> responsible = new ArrayList<>();
		List<Span> spans = new ArrayList<>();
		List<String> persons = new ArrayList<>();
		Matcher matcher = LABEL.matcher(simplified);
		List<int[]> labels = new ArrayList<>();
		while (matcher.find()) {
			labels.add(new int[] { matcher.start(1), matcher.end() });
		}
		for (int i = 0; i < labels.size(); i++) {
			int valueStart = labels.get(i)[1];
			int valueEnd = (i + 1 < labels.size()) ? labels.get(i + 1)[0] : simplified.length();
			String label = simplified.substring(labels.get(i)[0], valueStart).replaceAll("[:：\\s]", "");
			String value = original.substring(valueStart, valueEnd).replaceAll("[）)】\\]\\s]+$", "");
			if (label.matches(OTHER_LABELS)) {
				continue;
			}
			List<String> target = label.matches(LEAD_LABELS) ? lead : responsible;
			for (String name : UnitNames.split(value)) {
				if (UnitNames.isPerson(name)) {
					persons.add(name);
				}
				else {
					target.add(name);
				}
			}
			if (valueEnd > valueStart) {
				spans.add(new Span(valueStart, valueStart + value.length()));
			}
		}
		return new UnitClause(lead, responsible, spans, persons);
	}

	/**
	 * {@code 市民政局牵头，各区、市政府负责落实}: every clause must name units and their duty, or this is
	 * not a unit clause.
	 */
	private static Optional<UnitClause> duties(String original, String simplified, int offset) {
		List<String> lead = new ArrayList<>();
		List<String> responsible = new ArrayList<>();
		List<Span> spans = new ArrayList<>();
		Matcher clauses = CLAUSE.matcher(simplified);
		while (clauses.find()) {
			String clause = simplified.substring(clauses.start(), clauses.end()).strip();
			if (clause.isEmpty() || ASIDE.matcher(clause).matches()) {
				continue;
			}
			Matcher duty = DUTY.matcher(clause);
			if (!duty.matches()) {
				return Optional.empty();
			}
			int namesStart = clauses.start() + simplified.substring(clauses.start()).indexOf(clause);
			String names = original.substring(namesStart, namesStart + duty.end(1));
			List<String> split = UnitNames.split(names);
			if (split.isEmpty() || split.stream()
				.anyMatch((n) -> n.length() > 24 || UnitNames.isPerson(n) || !UnitNames.looksLikeUnit(n))) {
				return Optional.empty();
			}
			(LEAD_DUTY.matcher(duty.group(2)).matches() ? lead : responsible).addAll(split);
			spans.add(new Span(offset + namesStart, offset + namesStart + duty.end(1)));
		}
		return lead.isEmpty() && responsible.isEmpty() ? Optional.empty()
				: Optional.of(new UnitClause(lead, responsible, spans, List.of()));
	}

}
