package cn.laoling.ledger.plan.document;

import java.util.List;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Target;

/**
 * A task as recognised in a document, its units as written (not yet resolved against the
 * unit registry).
 *
 * @param number the number as written ({@code 1}, {@code （一）})
 * @param path the headings it is listed under, outermost first ({@code 二、重点任务})
 * @param text the task's words, in the original characters
 * @param leadUnits 牵头单位 as written
 * @param responsibleUnits 责任单位 as written
 * @param deadlines written ones, or the plan period's end marked as implied
 * @param span where the task is in the source text
 * @param progress what a progress table says of it (进展情况), empty in a plan
 * @param readFrom where its units and deadlines were read
 */
public record ParsedTask(String number, List<String> path, String text, List<String> leadUnits,
		List<String> responsibleUnits, List<Target> targets, List<Deadline> deadlines, Span span, String progress,
		ReadFrom readFrom) {

	public ParsedTask {
		progress = (progress != null) ? progress.strip() : "";
		readFrom = (readFrom != null) ? readFrom : ReadFrom.NOWHERE;
		path = List.copyOf(path);
		leadUnits = List.copyOf(leadUnits);
		responsibleUnits = List.copyOf(responsibleUnits);
		targets = List.copyOf(targets);
		deadlines = List.copyOf(deadlines);
	}

	/** The task as a progress table gives it, with what its 进展情况 column says. */
	ParsedTask withProgress(String written) {
		return new ParsedTask(this.number, this.path, this.text, this.leadUnits, this.responsibleUnits, this.targets,
				this.deadlines, this.span, written, this.readFrom);
	}

	/** The task's text in simplified characters. */
	public String simplifiedText() {
		return Simplifier.simplify(this.text);
	}

}
