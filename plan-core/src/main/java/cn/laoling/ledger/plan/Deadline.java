package cn.laoling.ledger.plan;

import java.time.LocalDate;

import cn.laoling.ledger.shared.Require;

/**
 * 完成时限: the date a task (or part of it) is due, with the words it was written in
 * ({@code 到2022年底}). A task whose text names no deadline takes its plan's period end,
 * marked as implied.
 */
public record Deadline(LocalDate date, String wording, boolean implied) {

	public Deadline {
		Require.present(date, "deadline date");
		wording = (wording == null) ? "" : wording.strip();
		if (wording.length() > 50) {
			throw new IllegalArgumentException("deadline wording must have at most 50 characters, was " + wording);
		}
		if (!implied && wording.isEmpty()) {
			throw new IllegalArgumentException("a written deadline needs its wording");
		}
	}

	public static Deadline written(LocalDate date, String wording) {
		return new Deadline(date, wording, false);
	}

	public static Deadline impliedBy(PlanPeriod period) {
		return new Deadline(period.end(), "", true);
	}

	/** A date the office granted on request (延期), not written in the plan. */
	public static Deadline granted(LocalDate date) {
		return new Deadline(date, "", true);
	}

	public boolean isOverdueOn(LocalDate today) {
		return today.isAfter(this.date);
	}

}
