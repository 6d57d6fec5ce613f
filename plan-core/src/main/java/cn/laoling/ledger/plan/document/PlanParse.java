package cn.laoling.ledger.plan.document;

import java.time.LocalDate;
import java.util.List;

import cn.laoling.ledger.plan.PlanPeriod;

/**
 * What the parser recognised in one document: its facts, outline and tasks, warnings for
 * the office, and where each part was found.
 *
 * @param kind a plan, a proposal reply, or not a plan
 * @param notPlanReasons why a document is not a plan (codes), empty for a plan
 * @param title the plan's title, {@code null} when none was found
 * @param documentNumber 文号, or {@code null}
 * @param issuer the issuing office, or {@code null}
 * @param issueDate or {@code null}
 * @param period or {@code null} when the document names no year
 * @param sections the headings that group tasks, in order
 */
public record PlanParse(SourceText source, DocumentKind kind, List<String> notPlanReasons, String title,
		String documentNumber, String issuer, LocalDate issueDate, PlanPeriod period, List<String> sections,
		List<ParsedTask> tasks, List<ParseWarning> warnings, List<Highlight> highlights) {

	public PlanParse {
		notPlanReasons = List.copyOf(notPlanReasons);
		sections = List.copyOf(sections);
		tasks = List.copyOf(tasks);
		warnings = List.copyOf(warnings);
		highlights = List.copyOf(highlights);
	}

	/** The warnings about one task: a gap before it, words of the next one in it, … */
	public List<ParseWarning> warningsAbout(ParsedTask task) {
		return this.warnings.stream().filter((w) -> w.isAbout(task)).toList();
	}

	public boolean isPlan() {
		return this.kind != DocumentKind.NOT_A_PLAN;
	}

}
