package cn.laoling.ledger.report;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.Require;
import cn.laoling.ledger.unit.UnitId;

/**
 * 进度报送: one unit's report on one task for one period. A draft is saved any time; a
 * complete one is submitted; the receiver (the lead unit for a part, the office for a
 * consolidated report) accepts it or returns it with a comment, and a returned report is
 * corrected and submitted again.
 */
public final class Report {

	private final ReportId id;

	private final TaskId taskId;

	private final ReportingPeriodId periodId;

	private UnitId unitId;

	private final ReportKind kind;

	private ReportContent content;

	private ReportState state;

	private String reviewComment;

	private Instant submittedAt;

	private final long version;

	public Report(ReportId id, TaskId taskId, ReportingPeriodId periodId, UnitId unitId, ReportKind kind,
			ReportContent content, ReportState state, String reviewComment, Instant submittedAt, long version) {
		this.id = id;
		this.taskId = Require.present(taskId, "taskId");
		this.periodId = Require.present(periodId, "periodId");
		this.unitId = Require.present(unitId, "unitId");
		this.kind = Require.present(kind, "kind");
		this.content = Require.present(content, "content");
		this.state = Require.present(state, "state");
		this.reviewComment = reviewComment;
		this.submittedAt = submittedAt;
		this.version = version;
	}

	/** A new, empty draft. */
	public static Report start(TaskId taskId, ReportingPeriod period, UnitId unitId, ReportKind kind, int targets) {
		period.requireOpen();
		return new Report(null, taskId, period.id(), unitId, kind, ReportContent.empty(targets), ReportState.DRAFT,
				null, null, 0);
	}

	/**
	 * The lead unit's report of a period as a progress table (进展情况) the office took in
	 * gives it: accepted as it stands, its figures not given. The office imports into a
	 * period whether or not it is still open: the table records what was.
	 */
	public static Report imported(TaskId taskId, ReportingPeriod period, UnitId unitId, String progress, int targets,
			Instant at) {
		ReportContent content = new ReportContent(Require.text(progress, "progress", ReportContent.MAX_TEXT),
				Collections.nCopies(targets, Figure.none()), TaskStatus.IN_PROGRESS, null, null, null);
		return new Report(null, taskId, period.id(), unitId, ReportKind.CONSOLIDATED, content, ReportState.ACCEPTED,
				null, Require.present(at, "at"), 0);
	}

	/**
	 * Keeps what is written so far; a returned report stays returned until submitted
	 * again.
	 */
	public void saveDraft(ReportingPeriod period, ReportContent newContent) {
		requireEditable(period);
		this.content = Require.present(newContent, "content");
	}

	/**
	 * Submits the report if it is complete.
	 * @throws ReportRejected naming every problem, and nothing changes
	 */
	public void submit(ReportingPeriod period, ReportContent newContent, List<Target> targets, List<Figure> previous,
			int evidence, Instant at) {
		submit(period, newContent, targets, Collections.nCopies(targets.size(), true), previous, evidence, at);
	}

	/**
	 * As above, checking only the figures the unit types ({@link ReportCheck}).
	 * @param typed for each target, whether the unit types its figure
	 */
	public void submit(ReportingPeriod period, ReportContent newContent, List<Target> targets, List<Boolean> typed,
			List<Figure> previous, int evidence, Instant at) {
		requireEditable(period);
		List<ReportProblem> problems = ReportCheck.problems(newContent, targets, typed, previous, evidence);
		if (!problems.isEmpty()) {
			throw new ReportRejected(problems);
		}
		this.content = newContent;
		this.state = ReportState.SUBMITTED;
		this.submittedAt = Require.present(at, "at");
	}

	/** Sends a submitted report back with what is to be corrected. */
	public void returnWith(ReportingPeriod period, String comment) {
		period.requireOpen();
		requireState(ReportState.SUBMITTED, "report.notSubmitted");
		this.reviewComment = Require.text(comment, "comment", ReportContent.MAX_TEXT);
		this.state = ReportState.RETURNED;
	}

	public void accept(ReportingPeriod period) {
		period.requireOpen();
		requireState(ReportState.SUBMITTED, "report.notSubmitted");
		this.state = ReportState.ACCEPTED;
	}

	/**
	 * The report of the unit its own was merged into (合并单位): it goes on there, with its
	 * history.
	 */
	public void transferTo(UnitId kept) {
		this.unitId = Require.present(kept, "kept");
	}

	/**
	 * Of two reports on one task, period and kind by units being merged, the one that
	 * goes on: the one further along (已审核, then 已提交, 已退回, 草稿), the kept unit's where they
	 * are as far; the other is kept in its history ({@link ReportEvent.Kind#MERGED}).
	 */
	public static Report goesOnOf(Report ofKeptUnit, Report ofMergedUnit) {
		return (rank(ofMergedUnit.state) > rank(ofKeptUnit.state)) ? ofMergedUnit : ofKeptUnit;
	}

	private static int rank(ReportState state) {
		return switch (state) {
			case ACCEPTED -> 3;
			case SUBMITTED -> 2;
			case RETURNED -> 1;
			case DRAFT -> 0;
		};
	}

	public boolean isEditable() {
		return this.state == ReportState.DRAFT || this.state == ReportState.RETURNED;
	}

	private void requireEditable(ReportingPeriod period) {
		period.requireOpen();
		if (!isEditable()) {
			throw new DomainRuleException("report.notEditable",
					"report " + this.id + " is " + this.state + " and cannot be changed");
		}
	}

	private void requireState(ReportState wanted, String code) {
		if (this.state != wanted) {
			throw new DomainRuleException(code, "report " + this.id + " is " + this.state + ", not " + wanted);
		}
	}

	public ReportId id() {
		return this.id;
	}

	public TaskId taskId() {
		return this.taskId;
	}

	public ReportingPeriodId periodId() {
		return this.periodId;
	}

	public UnitId unitId() {
		return this.unitId;
	}

	public ReportKind kind() {
		return this.kind;
	}

	public ReportContent content() {
		return this.content;
	}

	public ReportState state() {
		return this.state;
	}

	public String reviewComment() {
		return this.reviewComment;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public long version() {
		return this.version;
	}

}
