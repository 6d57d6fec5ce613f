package cn.laoling.ledger.plan.document;

import java.util.ArrayList;
import java.util.List;

/** A numbered item of a document's outline, with the lines under it. */
final class OutlineNode {

	private static final int MAX_TITLE = 60;

	final Heading heading;

	final Line line;

	final OutlineNode parent;

	final List<OutlineNode> children = new ArrayList<>();

	final List<Line> body = new ArrayList<>();

	UnitClause clause = UnitClause.none();

	private Line end;

	private OutlineNode(Heading heading, Line line, OutlineNode parent) {
		this.heading = heading;
		this.line = line;
		this.parent = parent;
		this.end = line;
	}

	void addBody(Line bodyLine) {
		this.body.add(bodyLine);
		this.end = bodyLine;
	}

	void addClause(UnitClause found, Line clauseLine) {
		this.clause = this.clause.plus(found);
		this.end = clauseLine;
	}

	static OutlineNode root() {
		return new OutlineNode(null, null, null);
	}

	OutlineNode add(Heading heading, Line line) {
		OutlineNode child = new OutlineNode(heading, line, this);
		this.children.add(child);
		return child;
	}

	int level() {
		return (this.heading != null) ? this.heading.level() : 0;
	}

	boolean isLeaf() {
		return this.children.isEmpty();
	}

	/** The heading's words up to the first full stop: {@code 优化居家养老服务供给}. */
	String title() {
		String rest = this.line.original().substring(this.heading.restStart());
		String simplified = this.line.simplified().substring(this.heading.restStart());
		int stop = firstOf(simplified, "。：:；;");
		String title = rest.substring(0, (stop > 0) ? stop : rest.length()).strip();
		return (title.length() > MAX_TITLE) ? title.substring(0, MAX_TITLE) : title;
	}

	String simplifiedTitle() {
		return Simplifier.simplify(title());
	}

	/** {@code 二、重点任务}, {@code （一）优化居家养老服务供给}. */
	String headingText() {
		return this.heading.number() + title();
	}

	/**
	 * A unit line after the last of several sub-items that name none belongs to the item
	 * above them: {@code 1.…(1)…(2)… 牵头单位：…}.
	 */
	void liftTrailingClauses() {
		this.children.forEach(OutlineNode::liftTrailingClauses);
		if (this.heading == null || this.children.size() < 2 || !this.clause.isEmpty()) {
			return;
		}
		OutlineNode last = this.children.get(this.children.size() - 1);
		boolean othersHaveNone = this.children.subList(0, this.children.size() - 1)
			.stream()
			.allMatch((c) -> c.clause.isEmpty());
		if (!last.clause.isEmpty() && othersHaveNone) {
			this.clause = last.clause;
			last.clause = UnitClause.none();
		}
	}

	/** This node and everything below it, in document order. */
	List<OutlineNode> subtree() {
		List<OutlineNode> all = new ArrayList<>();
		all.add(this);
		this.children.forEach((c) -> all.addAll(c.subtree()));
		return all;
	}

	/** The last line of this item, its children's included. */
	Line lastLine() {
		Line last = this.end;
		if (!this.children.isEmpty()) {
			Line childLast = this.children.get(this.children.size() - 1).lastLine();
			if (childLast.index() > last.index()) {
				last = childLast;
			}
		}
		return last;
	}

	private static int firstOf(String text, String marks) {
		for (int i = 0; i < text.length(); i++) {
			if (marks.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
