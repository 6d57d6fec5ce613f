package cn.laoling.ledger.plan.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TaskContent;

/**
 * Reads an issued plan (or a proposal reply) from its text and recognises its facts,
 * outline, tasks, units, targets and deadlines. Tasks are the lowest numbered items that
 * carry work in the task part of the plan: not the items of 总体要求 or 保障措施, of the notice
 * that issues the plan, or of its attachment list.
 */
public final class PlanDocumentParser {

	private static final Pattern NOT_TASK_PART = Pattern.compile("总体要求|指导思想|基本原则|工作原则|思路|保障措施|保障机制|组织保障"
			+ "|工作保障|工作要求|有关要求|相关要求|组织实施|实施步骤|工作步骤|进度安排|时间安排|步骤安排|实施安排|工作机制|(总体|主要|工作|发展|总)目标$|^目标$");

	private static final Pattern BACKGROUND = Pattern.compile("情况$|背景$|现状$");

	private static final Pattern TASK_PART = Pattern.compile("重点任务|主要任务|工作任务|重点工作|任务分工|主要措施|具体措施|工作内容");

	private static final Pattern PAST_WORK = Pattern.compile("近年来|荣获|累计|共成功|取得|成效|以来");

	private static final String NO_LEAD_UNIT = "task.noLeadUnit";

	/** A line of at least this many cells apart by tabs is a table's row. */
	private static final int TABLE_CELLS = 3;

	private static final int NUMBERS_NAMED = 5;

	private static final Pattern MEASURE_UNITS = Pattern.compile("([^，,。；;]*?)(协同配合|密切配合|共同推进|各司其职)");

	private PlanDocumentParser() {
	}

	public static PlanParse parse(String raw) {
		return new Run(SourceText.of(raw), true).parse();
	}

	private static final class Run {

		private final SourceText source;

		private final List<ParseWarning> warnings = new ArrayList<>();

		private final List<Highlight> highlights = new ArrayList<>();

		private DocumentFacts facts;

		private final List<Found<UnitClause>> following = new ArrayList<>();

		private final Map<OutlineNode, List<Found<UnitClause>>> inline = new HashMap<>();

		private TaskNumbering numbering;

		/** Items read from a line that starts like a decimal ({@code 3.65岁以上…}). */
		private final Set<Line> itemsBeforeDigits = new HashSet<>();

		/** Where the plan says its first unit named leads, or -1. */
		private final int firstLeads;

		/** Whether a task table, when there is one, gives the tasks. */
		private final boolean tables;

		Run(SourceText source, boolean tables) {
			this.source = source;
			this.tables = tables;
			this.firstLeads = UnitClause.firstLeadsFrom(source.simplified());
		}

		PlanParse parse() {
			if (this.source.isBlank()) {
				return new PlanParse(this.source, DocumentKind.NOT_A_PLAN, List.of("empty"), null, null, null, null,
						null, List.of(), List.of(), List.of(), List.of());
			}
			this.facts = DocumentFacts.read(this.source.lines());
			this.facts.spans.forEach((s) -> highlight(Highlight.Kind.FACT, s));
			TaskTable.Reading table = this.tables ? TaskTable.read(this.source) : TaskTable.Reading.NONE;
			if (!table.isEmpty()) {
				// prose that numbers more tasks than the table is the plan, the table a
				// summary
				PlanParse prose = new Run(this.source, false).parse();
				return (prose.tasks().size() > table.rows().size()) ? prose : tableParse(table);
			}
			OutlineNode root = outline();
			this.numbering = new TaskNumbering(root);
			List<OutlineNode> taskNodes = taskNodes(root);
			List<String> reasons = notPlanReasons(root);
			DocumentKind kind = this.facts.reply ? DocumentKind.REPLY
					: reasons.isEmpty() ? DocumentKind.PLAN : DocumentKind.NOT_A_PLAN;
			if (kind == DocumentKind.NOT_A_PLAN) {
				this.highlights.removeIf((h) -> h.kind() != Highlight.Kind.FACT);
				return new PlanParse(this.source, kind, reasons, this.facts.title, this.facts.documentNumber,
						this.facts.issuer, this.facts.issueDate, this.facts.period, List.of(), List.of(), List.of(),
						this.highlights);
			}
			List<ParsedTask> tasks = new ArrayList<>();
			Set<String> sections = new LinkedHashSet<>();
			boolean numbersRepeat = taskNodes.stream().map((n) -> n.heading.taskNumber()).distinct().count() < taskNodes
				.size();
			for (OutlineNode node : taskNodes) {
				tasks.add(task(node, kind, numbersRepeat));
				if (node.parent != root) {
					sections.add(node.parent.headingText());
					highlight(Highlight.Kind.SECTION, node.parent.line.span());
				}
			}
			documentWarnings(root, tasks);
			// a single heading over every task (二、重点任务) is a section too: the ledger
			// shows it
			List<String> sectionList = new ArrayList<>(sections);
			this.highlights.sort(Comparator.comparingInt((Highlight h) -> h.span().start()));
			return new PlanParse(this.source, kind, List.of(), this.facts.title, this.facts.documentNumber,
					this.facts.issuer, this.facts.issueDate, this.facts.period, sectionList, tasks, this.warnings,
					this.highlights);
		}

		/**
		 * The tasks of a 任务分工表, a row each, whatever prose is around it (the prose of a
		 * plan whose tasks are in its table only restates them).
		 */
		private PlanParse tableParse(TaskTable.Reading table) {
			DocumentKind kind = this.facts.reply ? DocumentKind.REPLY : DocumentKind.PLAN;
			int firstRow = table.rows().get(0).span().start();
			for (Line line : this.source.lines()) {
				if (line.start() < firstRow) {
					UnitClause.following(line)
						.ifPresent((c) -> this.following.add(new Found<>(c.shift(line.start()), line.span())));
				}
			}
			List<ParsedTask> tasks = new ArrayList<>();
			Set<String> sections = new LinkedHashSet<>();
			for (TaskTable.Row row : table.rows()) {
				String number = row.cell(TaskTable.Column.NUMBER)
					.map((c) -> c.original().strip().replaceAll("[、.．]$", ""))
					.orElse(String.valueOf(tasks.size() + 1));
				tasks.add(tableTask(number, row, kind));
				if (row.section() != null) {
					sections.add(row.section());
				}
			}
			table.unread()
				.forEach((row) -> this.warnings
					.add(ParseWarning.ofDocument("table.rowUnread", TaskNumbering.excerpt(row, 0))));
			this.highlights.sort(Comparator.comparingInt((Highlight h) -> h.span().start()));
			return new PlanParse(this.source, kind, List.of(), this.facts.title, this.facts.documentNumber,
					this.facts.issuer, this.facts.issueDate, this.facts.period, new ArrayList<>(sections), tasks,
					this.warnings, this.highlights);
		}

		private ParsedTask tableTask(String number, TaskTable.Row row, DocumentKind kind) {
			TaskTable.Cell task = row.cell(TaskTable.Column.TASK).orElseThrow();
			List<Piece> pieces = new ArrayList<>();
			pieces.add(piece(task));
			row.cell(TaskTable.Column.TARGET).map(this::piece).ifPresent(pieces::add);
			List<Piece> dated = new ArrayList<>();
			row.cell(TaskTable.Column.DEADLINE).map(this::piece).ifPresent(dated::add);
			dated.addAll(pieces);
			UnitClause clause = UnitClause.none();
			List<Span> unitBrackets = new ArrayList<>();
			for (Found<UnitClause> found : UnitClause.inText(task.original(), task.simplified())) {
				clause = clause.plus(found.value().shift(task.start()));
				unitBrackets.add(found.span().shift(task.start()));
			}
			Optional<TaskTable.Cell> lead = row.cell(TaskTable.Column.LEAD);
			if (lead.isPresent()) {
				clause = clause.plus(UnitClause.ofCell(lead.get().original(), lead.get().simplified(), true)
					.shift(lead.get().start()));
			}
			Optional<TaskTable.Cell> responsible = row.cell(TaskTable.Column.RESPONSIBLE);
			if (responsible.isPresent()) {
				clause = clause
					.plus(UnitClause.ofCell(responsible.get().original(), responsible.get().simplified(), false)
						.shift(responsible.get().start()));
			}
			Span rule = null;
			if (this.firstLeads >= 0 && this.firstLeads < row.span().end()) {
				UnitClause ruled = clause.firstAsLead();
				rule = (ruled != clause) ? ruleLine() : null;
				clause = ruled;
			}
			for (Found<UnitClause> forAll : this.following) {
				clause = clause.plus(forAll.value());
			}
			List<String> path = (row.section() != null) ? List.of(row.section()) : List.of();
			ParsedTask parsed = parsedTask(number, path, pieces, dated, unitBrackets, clause, rule, kind, row.span());
			return row.cell(TaskTable.Column.PROGRESS).map((p) -> parsed.withProgress(p.original())).orElse(parsed);
		}

		private Piece piece(TaskTable.Cell cell) {
			return new Piece(cell.start(), cell.original(), cell.simplified());
		}

		private OutlineNode outline() {
			OutlineNode root = OutlineNode.root();
			Deque<OutlineNode> open = new ArrayDeque<>();
			open.push(root);
			List<Line> lines = this.source.lines();
			Heading item = null;
			for (int i = this.facts.bodyStart; i < this.facts.bodyEnd; i++) {
				Line line = lines.get(i);
				if (WebNoise.isMetadata(line.simplified())) {
					continue;
				}
				Optional<Heading> heading = Heading.of(line);
				if (heading.isEmpty()) {
					heading = itemWrittenAsDecimal(line, item, i + 1);
					heading.ifPresent((h) -> this.itemsBeforeDigits.add(line));
				}
				if (heading.isPresent()) {
					if (heading.get().level() <= Heading.ITEM) {
						item = (heading.get().level() == Heading.ITEM) ? heading.get() : null;
					}
					while (open.peek().level() >= heading.get().level()) {
						open.pop();
					}
					OutlineNode node = open.peek().add(heading.get(), line);
					open.push(node);
					continue;
				}
				Optional<UnitClause> clause = UnitClause.ofLine(line);
				if (clause.isPresent() && open.peek() != root) {
					open.peek().addClause(clause.get().shift(line.start()), line);
					continue;
				}
				Optional<UnitClause> forAll = UnitClause.following(line);
				if (forAll.isPresent()) {
					this.following.add(new Found<>(forAll.get().shift(line.start()), line.span()));
					continue;
				}
				open.peek().addBody(line);
			}
			root.liftTrailingClauses();
			return root;
		}

		/**
		 * {@code 3.65岁以上老年人…} is item 3 when it follows item 2 or comes before item 4 of
		 * the same part, and a decimal when it follows item 3 or another item 3 follows.
		 * @param previous the last item ({@code 1.}) of the part, or {@code null}
		 */
		private Optional<Heading> itemWrittenAsDecimal(Line line, Heading previous, int from) {
			Optional<Heading> item = Heading.ofDecimalStart(line);
			if (item.isEmpty()) {
				return item;
			}
			int number = item.get().ordinal();
			int before = (previous != null) ? previous.ordinal() : -1;
			int after = nextItem(from);
			boolean fits = number > 0 && (before == number - 1 || after == number + 1);
			return (fits && before != number && after != number) ? item : Optional.empty();
		}

		/** The number of the next item ({@code 1.}) of the same part, or -1. */
		private int nextItem(int from) {
			List<Line> lines = this.source.lines();
			for (int i = from; i < this.facts.bodyEnd; i++) {
				Optional<Heading> heading = Heading.of(lines.get(i));
				if (heading.isPresent() && heading.get().level() <= Heading.ITEM) {
					return (heading.get().level() == Heading.ITEM) ? heading.get().ordinal() : -1;
				}
			}
			return -1;
		}

		/** The items that are tasks, in document order. */
		private List<OutlineNode> taskNodes(OutlineNode root) {
			List<OutlineNode> candidates = new ArrayList<>();
			for (OutlineNode part : root.children) {
				if (part.level() == 1 && isOutsideTaskPart(part)) {
					continue;
				}
				candidates.addAll(part.subtree());
			}
			Map<Integer, Integer> levelsWithUnits = new HashMap<>();
			for (OutlineNode node : candidates) {
				List<Found<UnitClause>> found = inlineClauses(node);
				this.inline.put(node, found);
				if (!node.clause.isEmpty() || !found.isEmpty()) {
					levelsWithUnits.merge(node.level(), 1, Integer::sum);
				}
			}
			int taskLevel = levelsWithUnits.entrySet()
				.stream()
				.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.map(Map.Entry::getKey)
				.orElse(Integer.MAX_VALUE);
			List<OutlineNode> tasks = new ArrayList<>();
			for (OutlineNode node : candidates) {
				boolean atTaskLevel = node.level() == taskLevel;
				boolean leafAbove = node.isLeaf() && node.level() < taskLevel;
				if ((atTaskLevel || leafAbove) && !(node.level() == 1 && node.isLeaf() && isBackground(node))) {
					tasks.add(node);
				}
			}
			return tasks;
		}

		private static boolean isOutsideTaskPart(OutlineNode part) {
			String title = part.simplifiedTitle();
			return NOT_TASK_PART.matcher(title).find() || (part.isLeaf() && BACKGROUND.matcher(title).find());
		}

		private static boolean isBackground(OutlineNode node) {
			return BACKGROUND.matcher(node.simplifiedTitle()).find();
		}

		private List<Found<UnitClause>> inlineClauses(OutlineNode node) {
			List<Found<UnitClause>> found = new ArrayList<>();
			for (Piece piece : ownPieces(node)) {
				for (Found<UnitClause> clause : UnitClause.inText(piece.original, piece.simplified)) {
					found.add(new Found<>(clause.value().shift(piece.start), clause.span().shift(piece.start)));
				}
			}
			return found;
		}

		/**
		 * @param qualified as for {@link #number}
		 */
		private ParsedTask task(OutlineNode node, DocumentKind kind, boolean qualified) {
			String number = number(node, qualified, node.heading.taskNumber());
			List<Integer> skipped = this.numbering.skippedBefore(node);
			if (!skipped.isEmpty()) {
				this.warnings.add(ParseWarning.ofTask("task.numberSkipped", number, numbers(node, qualified, skipped)));
			}
			if (this.itemsBeforeDigits.contains(node.line)) {
				this.warnings.add(ParseWarning.ofTask("task.numberBeforeDigits", number,
						TaskNumbering.excerpt(node.line.original(), 0)));
			}
			List<Piece> pieces = new ArrayList<>();
			UnitClause clause = node.clause;
			for (OutlineNode part : node.subtree()) {
				pieces.addAll(ownPieces(part));
				if (part != node) {
					clause = clause.plus(part.clause);
				}
			}
			List<Span> unitBrackets = new ArrayList<>();
			for (OutlineNode part : node.subtree()) {
				for (Found<UnitClause> found : this.inline.getOrDefault(part, inlineClauses(part))) {
					clause = clause.plus(found.value());
					unitBrackets.add(found.span());
				}
			}
			Span rule = null;
			if (this.firstLeads >= 0 && this.firstLeads < node.lastLine().end()) {
				UnitClause ruled = clause.firstAsLead();
				rule = (ruled != clause) ? ruleLine() : null;
				clause = ruled;
			}
			for (OutlineNode above = node.parent; clause.lead().isEmpty() && above != null; above = above.parent) {
				clause = above.clause.plus(clause);
			}
			for (Found<UnitClause> forAll : this.following) {
				if (forAll.span().start() < node.line.start()) {
					clause = clause.plus(forAll.value());
				}
			}
			lostTaskWarnings(node, qualified, number, pieces);
			return parsedTask(number, path(node), pieces, pieces, unitBrackets, clause, rule, kind,
					new Span(node.line.start(), node.lastLine().end()));
		}

		/**
		 * A task of its pieces: its words (without the brackets that name its units), the
		 * targets and deadlines read in them, and its units.
		 * @param dated the pieces deadlines are read in, the first that has any
		 * @param rule the line whose rule made the first unit the lead one, if it did
		 */
		private ParsedTask parsedTask(String number, List<String> path, List<Piece> pieces, List<Piece> dated,
				List<Span> unitBrackets, UnitClause clause, Span rule, DocumentKind kind, Span span) {
			clause.spans().forEach((s) -> highlight(Highlight.Kind.UNIT, s));
			List<Target> targets = new ArrayList<>();
			List<Deadline> deadlines = new ArrayList<>();
			List<Span> deadlineSpans = new ArrayList<>();
			StringBuilder text = new StringBuilder();
			for (Piece piece : pieces) {
				TargetReader.Reading reading = TargetReader.read(piece.original, piece.simplified,
						kind == DocumentKind.REPLY);
				reading.targets().forEach((t) -> {
					targets.add(t.value());
					highlight(Highlight.Kind.TARGET, t.span().shift(piece.start));
				});
				reading.possibleTargets()
					.forEach((p) -> this.warnings.add(ParseWarning.ofTask("task.possibleTarget", number, p.value())));
				if (!text.isEmpty()) {
					text.append('\n');
				}
				text.append(withoutBrackets(piece, unitBrackets));
			}
			for (Piece piece : (this.facts.period == null) ? List.<Piece>of() : dated) {
				if (dated != pieces && !deadlines.isEmpty()) {
					break;
				}
				for (Found<Deadline> found : DeadlineReader.read(piece.original, piece.simplified, this.facts.period)) {
					if (deadlines.stream().noneMatch((d) -> d.date().equals(found.value().date()))) {
						deadlines.add(found.value());
					}
					highlight(Highlight.Kind.DEADLINE, found.span().shift(piece.start));
					deadlineSpans.add(found.span().shift(piece.start));
				}
			}
			if (deadlines.isEmpty() && this.facts.period != null) {
				deadlines.add(Deadline.impliedBy(this.facts.period));
			}
			taskWarnings(number, clause, text);
			highlight(Highlight.Kind.TASK, span);
			String written = text.toString().strip();
			if (written.length() > TaskContent.MAX_TEXT) {
				written = written.substring(0, TaskContent.MAX_TEXT);
			}
			return new ParsedTask(number, path, written, clause.lead(), clause.responsible(), targets, deadlines, span,
					"", new ReadFrom(clause.spans(), rule, deadlineSpans));
		}

		/** The line that states which unit leads ("排在第一位的部门为牵头部门"). */
		private Span ruleLine() {
			for (Line line : this.source.lines()) {
				if (line.start() <= this.firstLeads && this.firstLeads <= line.end()) {
					return line.span();
				}
			}
			return null;
		}

		private void taskWarnings(String number, UnitClause clause, StringBuilder text) {
			if (clause.lead().isEmpty()) {
				this.warnings.add(ParseWarning.ofTask(NO_LEAD_UNIT, number));
			}
			clause.persons().forEach((p) -> this.warnings.add(ParseWarning.ofTask("task.personNotUnit", number, p)));
			if (text.length() > TaskContent.MAX_TEXT) {
				this.warnings
					.add(ParseWarning.ofTask("task.textShortened", number, String.valueOf(TaskContent.MAX_TEXT)));
			}
		}

		/**
		 * A task that swallowed the next one: its number starts a sentence or line of
		 * this task's words, or rows of a table follow its words.
		 */
		private void lostTaskWarnings(OutlineNode node, boolean qualified, String number, List<Piece> pieces) {
			String original = String.join("\n", pieces.stream().map(Piece::original).toList());
			String simplified = String.join("\n", pieces.stream().map(Piece::simplified).toList());
			this.numbering.nextInside(node, original, simplified)
				.ifPresent((words) -> this.warnings.add(ParseWarning.ofTask("task.nextInside", number,
						number(node, qualified, node.heading.taskNumber(node.heading.ordinal() + 1)), words)));
			long rows = pieces.stream().filter((p) -> isTableRow(p.original)).count();
			if (rows > 0) {
				this.warnings.add(ParseWarning.ofTask("task.tableRows", number, String.valueOf(rows)));
			}
		}

		/** A row of a table, as a document's text writes it: cells apart by tabs. */
		private static boolean isTableRow(String line) {
			return Arrays.stream(line.split("\t")).filter((cell) -> !cell.isBlank()).count() >= TABLE_CELLS;
		}

		/**
		 * @param qualified whether numbers restart in each section, so that a task is
		 * known by its section's number and its own ({@code 二(一)})
		 */
		private static String number(OutlineNode node, boolean qualified, String own) {
			return (qualified && node.parent.heading != null)
					? node.parent.heading.taskNumber().replaceAll("[（()）]", "") + own : own;
		}

		/** {@code 3、4}, and at most five of them. */
		private static String numbers(OutlineNode node, boolean qualified, List<Integer> ordinals) {
			List<String> written = ordinals.stream()
				.limit(NUMBERS_NAMED)
				.map((n) -> number(node, qualified, node.heading.taskNumber(n)))
				.toList();
			return String.join("、", written) + ((ordinals.size() > NUMBERS_NAMED) ? "…" : "");
		}

		private static List<String> path(OutlineNode node) {
			List<String> path = new ArrayList<>();
			for (OutlineNode above = node.parent; above != null && above.heading != null; above = above.parent) {
				path.add(0, above.headingText());
			}
			return path;
		}

		/** The heading's words after its number, then the lines under it. */
		private static List<Piece> ownPieces(OutlineNode node) {
			List<Piece> pieces = new ArrayList<>();
			int rest = node.heading.restStart();
			pieces.add(new Piece(node.line.start() + rest, node.line.original().substring(rest),
					node.line.simplified().substring(rest)));
			for (Line line : node.body) {
				pieces.add(new Piece(line.start(), line.original(), line.simplified()));
			}
			return pieces;
		}

		private static String withoutBrackets(Piece piece, List<Span> brackets) {
			StringBuilder kept = new StringBuilder();
			int from = 0;
			for (Span bracket : brackets) {
				int start = bracket.start() - piece.start;
				int end = bracket.end() - piece.start;
				if (start >= from && end <= piece.original.length()) {
					kept.append(piece.original, from, start);
					from = end;
				}
			}
			return kept.append(piece.original.substring(from)).toString().strip();
		}

		private List<String> notPlanReasons(OutlineNode root) {
			if (this.facts.reply) {
				return List.of();
			}
			boolean units = root.subtree().stream().anyMatch((n) -> !n.clause.isEmpty()) || !this.following.isEmpty();
			boolean taskPart = root.children.stream()
				.anyMatch((n) -> n.level() == 1 && TASK_PART.matcher(n.simplifiedTitle()).find());
			if (this.facts.planTitle || this.facts.documentNumber != null || units || taskPart) {
				return List.of();
			}
			List<String> reasons = new ArrayList<>(List.of("noPlanTitle", "noDocumentNumber", "noUnits", "noTaskPart"));
			if (PAST_WORK.matcher(this.source.simplified()).find()) {
				reasons.add("reportsPastWork");
			}
			return reasons;
		}

		private void documentWarnings(OutlineNode root, List<ParsedTask> tasks) {
			if (this.facts.title == null) {
				this.warnings.add(0, ParseWarning.ofDocument("document.noTitle"));
			}
			if (this.facts.period == null) {
				this.warnings.add(0, ParseWarning.ofDocument("document.noPeriod"));
			}
			if (tasks.isEmpty()) {
				this.warnings.add(0, ParseWarning.ofDocument("document.noTasks"));
			}
			if (!tasks.isEmpty() && tasks.stream().allMatch((t) -> t.leadUnits().isEmpty())) {
				this.warnings.removeIf((w) -> NO_LEAD_UNIT.equals(w.code()));
				this.warnings.add(0, ParseWarning.ofDocument("document.noLeadUnits"));
				unitsNamedInMeasures(root).ifPresent((names) -> this.warnings.add(1,
						ParseWarning.ofDocument("document.unitsOnlyInMeasures", names)));
			}
		}

		/** {@code 区发改局、民政局…协同配合} in 保障措施: the only place some plans name units. */
		private Optional<String> unitsNamedInMeasures(OutlineNode root) {
			for (OutlineNode part : root.children) {
				if (!isOutsideTaskPart(part)) {
					continue;
				}
				for (OutlineNode node : part.subtree()) {
					for (Piece piece : ownPieces(node)) {
						java.util.regex.Matcher matcher = MEASURE_UNITS.matcher(piece.simplified);
						if (matcher.find()) {
							List<String> names = UnitNames
								.split(piece.original.substring(matcher.start(1), matcher.end(1)));
							if (names.size() > 1) {
								return Optional.of(String.join("、", names));
							}
						}
					}
				}
			}
			return Optional.empty();
		}

		private void highlight(Highlight.Kind kind, Span span) {
			if (span.end() > span.start()) {
				this.highlights.add(new Highlight(kind, span));
			}
		}

	}

	private record Piece(int start, String original, String simplified) {

	}

}
