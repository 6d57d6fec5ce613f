package cn.laoling.ledger.report;

import java.time.Instant;
import java.time.LocalDate;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.Require;
import cn.laoling.ledger.unit.UnitId;

/**
 * 延期申请: a unit asks, before its task is due, for a later date and says why; the office
 * grants it (the task is then due on that date) or refuses it with a comment.
 */
public final class ExtensionRequest {

	public static final int MAX_TEXT = 1000;

	private final ExtensionRequestId id;

	private final TaskId taskId;

	private final UnitId unitId;

	private final LocalDate originalDue;

	private final LocalDate requestedDate;

	private final String reason;

	private final String requestedBy;

	private final Instant requestedAt;

	private ExtensionState state;

	private String decidedBy;

	private Instant decidedAt;

	private String comment;

	private final long version;

	/**
	 * @param originalDue the date the task was due when the request was made
	 * @param comment the office's word on its decision, or {@code null}
	 */
	public ExtensionRequest(ExtensionRequestId id, TaskId taskId, UnitId unitId, LocalDate originalDue,
			LocalDate requestedDate, String reason, String requestedBy, Instant requestedAt, ExtensionState state,
			String decidedBy, Instant decidedAt, String comment, long version) {
		this.id = id;
		this.taskId = Require.present(taskId, "taskId");
		this.unitId = Require.present(unitId, "unitId");
		this.originalDue = Require.present(originalDue, "originalDue");
		this.requestedDate = Require.present(requestedDate, "requestedDate");
		this.reason = Require.present(reason, "reason");
		this.requestedBy = Require.present(requestedBy, "requestedBy");
		this.requestedAt = Require.present(requestedAt, "requestedAt");
		this.state = Require.present(state, "state");
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.comment = comment;
		this.version = version;
	}

	/**
	 * A unit's request for the task, on the day: only while the task is not yet due and
	 * not done, for a date later than it is due now, with a reason. The caller checks the
	 * unit's part in the task and that no other request is waiting.
	 */
	public static ExtensionRequest ask(Task task, UnitId unit, LocalDate newDate, String reason, LocalDate today,
			String by, Instant at) {
		if (task.isDone()) {
			throw new DomainRuleException("extension.taskDone", "task " + task.id() + " is done");
		}
		LocalDate due = task.dueDeadline().date();
		if (today.isAfter(due)) {
			throw new DomainRuleException("extension.pastDue", "task " + task.id() + " was due " + due);
		}
		if (newDate == null) {
			throw new DomainRuleException("extension.date.required", "no date requested");
		}
		if (!newDate.isAfter(due)) {
			throw new DomainRuleException("extension.date.notLater", "task " + task.id() + " is due " + due);
		}
		return new ExtensionRequest(null, task.id(), unit, due, newDate, text(reason, "extension.reason"), by, at,
				ExtensionState.PENDING, null, null, null, 0);
	}

	/** Grants the request: the task is due on the requested date from now on. */
	public void grant(Task task, String comment, String by, Instant at) {
		requirePending();
		if (!task.id().equals(this.taskId)) {
			throw new IllegalArgumentException("request " + this.id + " is not about task " + task.id());
		}
		task.extendTo(this.requestedDate);
		decide(ExtensionState.GRANTED,
				(comment == null || comment.isBlank()) ? null : text(comment, "extension.comment"), by, at);
	}

	/** Refuses the request, saying why. */
	public void refuse(String comment, String by, Instant at) {
		requirePending();
		decide(ExtensionState.REFUSED, text(comment, "extension.comment"), by, at);
	}

	private void decide(ExtensionState decision, String comment, String by, Instant at) {
		this.state = decision;
		this.comment = comment;
		this.decidedBy = Require.present(by, "decidedBy");
		this.decidedAt = Require.present(at, "decidedAt");
	}

	private void requirePending() {
		if (this.state != ExtensionState.PENDING) {
			throw new DomainRuleException("extension.decided", "request " + this.id + " is " + this.state);
		}
	}

	private static String text(String value, String code) {
		String stripped = (value == null) ? "" : value.strip();
		if (stripped.isEmpty()) {
			throw new DomainRuleException(code + ".required", code + " is required");
		}
		if (stripped.length() > MAX_TEXT) {
			throw new DomainRuleException(code + ".tooLong", code + " has more than " + MAX_TEXT + " characters");
		}
		return stripped;
	}

	public boolean isPending() {
		return this.state == ExtensionState.PENDING;
	}

	public ExtensionRequestId id() {
		return this.id;
	}

	public TaskId taskId() {
		return this.taskId;
	}

	public UnitId unitId() {
		return this.unitId;
	}

	public LocalDate originalDue() {
		return this.originalDue;
	}

	public LocalDate requestedDate() {
		return this.requestedDate;
	}

	public String reason() {
		return this.reason;
	}

	public String requestedBy() {
		return this.requestedBy;
	}

	public Instant requestedAt() {
		return this.requestedAt;
	}

	public ExtensionState state() {
		return this.state;
	}

	public String decidedBy() {
		return this.decidedBy;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public String comment() {
		return this.comment;
	}

	public long version() {
		return this.version;
	}

}
