package cn.laoling.ledger.audit;

import cn.laoling.ledger.shared.Require;

/** What the check found wrong with the log, and at which row. */
public record AuditBreak(Kind kind, long rowId) {

	public AuditBreak {
		Require.present(kind, "kind");
	}

	public enum Kind {

		/** The row's fields do not hash to what it says: it was changed. */
		CHANGED,

		/** The row does not point to the row before it: a row was removed or put in. */
		UNLINKED,

		/**
		 * The row hashes right but lacks the application's seal: changed and rehashed, or
		 * written by someone other than the application.
		 */
		NOT_SEALED,

		/** Rows before this one were removed while younger than the retention time. */
		YOUNG_PREFIX_REMOVED,

		/** The newest row the application wrote, this one, is gone (and all after it). */
		NEWEST_REMOVED,

		/**
		 * The head of the log (pointing at this row) does not bear the application's
		 * seal.
		 */
		HEAD_NOT_SEALED

	}

}
