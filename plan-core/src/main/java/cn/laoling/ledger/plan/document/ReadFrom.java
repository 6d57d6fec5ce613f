package cn.laoling.ledger.plan.document;

import java.util.List;

/**
 * Where a task's units and deadlines were read in the source, for the office to check:
 * the clauses naming its units (its own, its section's, a clause stated once for every
 * task after it), the sentence whose rule made its first unit the lead one, and the
 * written deadlines.
 *
 * @param unitRule the rule's line ("排在第一位的部门为牵头部门"), or {@code null} when none applied
 */
public record ReadFrom(List<Span> units, Span unitRule, List<Span> deadlines) {

	static final ReadFrom NOWHERE = new ReadFrom(List.of(), null, List.of());

	public ReadFrom {
		units = List.copyOf(units);
		deadlines = List.copyOf(deadlines);
	}

}
