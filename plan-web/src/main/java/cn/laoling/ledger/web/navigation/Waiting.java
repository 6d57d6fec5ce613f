package cn.laoling.ledger.web.navigation;

import java.util.function.Supplier;

import cn.laoling.ledger.web.report.ReportingService;

/**
 * What waits for the logged-in user, as the navigation's badges (and the pages that name
 * the same figures) show it: each figure asked of the service that owns its rule, only
 * when a page shows it, and once per request.
 */
public final class Waiting {

	private final Once<Integer> review;

	private final Once<Integer> extensions;

	private final Once<Integer> notices;

	private final Once<ReportingService.Due> reports;

	private final Once<Integer> unread;

	Waiting(Supplier<Integer> review, Supplier<Integer> extensions, Supplier<Integer> notices,
			Supplier<ReportingService.Due> reports, Supplier<Integer> unread) {
		this.review = new Once<>(review);
		this.extensions = new Once<>(extensions);
		this.notices = new Once<>(notices);
		this.reports = new Once<>(reports);
		this.unread = new Once<>(unread);
	}

	/** The office's: consolidated reports waiting for review (报送审核). */
	public int getReview() {
		return this.review.get();
	}

	/** The office's: 延期申请 waiting for a decision. */
	public int getExtensions() {
		return this.extensions.get();
	}

	/**
	 * Notices waiting: the office's sent back or signed, a leader's awaiting sign-off, a
	 * liaison's to acknowledge.
	 */
	public int getNotices() {
		return this.notices.get();
	}

	/** A liaison's: reports still to submit this period, and reports returned. */
	public ReportingService.Due getReports() {
		return this.reports.get();
	}

	/** Unread notifications, on the bell. */
	public int getUnread() {
		return this.unread.get();
	}

	/** A value asked for at most once. */
	private static final class Once<T> {

		private Supplier<T> source;

		private T value;

		Once(Supplier<T> source) {
			this.source = source;
		}

		T get() {
			if (this.source != null) {
				this.value = this.source.get();
				this.source = null;
			}
			return this.value;
		}

	}

}
