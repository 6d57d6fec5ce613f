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

	private static final Pattern LABEL = Pattern
		.compile("(" + LEAD_LABELS + "|" + RESPONSIBLE_LABELS + "|" + PERSON_LABELS + ")\\s*[:：]\\s*");

	private static final Pattern LABEL_LINE = Pattern
		.compile("^[（(【\\[]?\\s*(" + LEAD_LABELS + "|" + RESPONSIBLE_LABELS + "|" + PERSON_LABELS + ")\\s*[:：]");

	private static final Pattern BRACKET = Pattern.compile("[（(]([^（()）《》]{2,160})[)）]");

	private static final Pattern DUTY = Pattern.compile("^(.+?)(牵头|按职责分工负责|分工负责|负责落实|共同负责|负责|配合|参与|落实|协同配合|协助)$");

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

	/** Units named in brackets inside a task's text, with where the brackets are. */
	static List<Found<UnitClause>> inText(String original, String simplified) {
		List<Found<UnitClause>> found = new ArrayList<>();
		Matcher matcher = BRACKET.matcher(simplified);
		while (matcher.find()) {
			String inner = simplified.substring(matcher.start(1), matcher.end(1));
			Optional<UnitClause> clause = LABEL_LINE.matcher(inner).find()
					? Optional.of(labelled(original.substring(matcher.start(1), matcher.end(1)), inner)
						.shift(matcher.start(1)))
					: duties(original.substring(matcher.start(1), matcher.end(1)), inner, matcher.start(1));
			clause.filter((c) -> !c.isEmpty())
				.ifPresent((c) -> found.add(new Found<>(c, new Span(matcher.start(), matcher.end()))));
		}
		return found;
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
			if (label.matches(PERSON_LABELS)) {
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
		Matcher clauses = Pattern.compile("[^，,；;。]+").matcher(simplified);
		while (clauses.find()) {
			String clause = simplified.substring(clauses.start(), clauses.end()).strip();
			if (clause.isEmpty()) {
				continue;
			}
			Matcher duty = DUTY.matcher(clause);
			if (!duty.matches()) {
				return Optional.empty();
			}
			int namesStart = clauses.start() + simplified.substring(clauses.start()).indexOf(clause);
			String names = original.substring(namesStart, namesStart + duty.end(1));
			List<String> split = UnitNames.split(names);
			if (split.isEmpty() || split.stream().anyMatch((n) -> n.length() > 20 || UnitNames.isPerson(n))) {
				return Optional.empty();
			}
			("牵头".equals(duty.group(2)) ? lead : responsible).addAll(split);
			spans.add(new Span(offset + namesStart, offset + namesStart + duty.end(1)));
		}
		return lead.isEmpty() && responsible.isEmpty() ? Optional.empty()
				: Optional.of(new UnitClause(lead, responsible, spans, List.of()));
	}

}
