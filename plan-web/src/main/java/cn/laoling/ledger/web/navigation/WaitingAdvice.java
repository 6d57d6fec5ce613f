package cn.laoling.ledger.web.navigation;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.laoling.ledger.web.error.DatabaseUnavailable;
import cn.laoling.ledger.web.extension.ExtensionService;
import cn.laoling.ledger.web.notice.NoticeService;
import cn.laoling.ledger.web.notification.NotificationService;
import cn.laoling.ledger.web.report.ReportingService;
import cn.laoling.ledger.web.review.ReviewService;
import cn.laoling.ledger.web.security.Viewers;

/**
 * Puts {@link Waiting} into every page's model for the office, leaders and liaisons: the
 * counts and the bell's unread notifications are read only if the page shows them (a
 * redirect reads none), each by one query without a transaction of its own: they are read
 * for nearly every page.
 */
@ControllerAdvice
class WaitingAdvice {

	private final ReviewService reviews;

	private final ExtensionService extensions;

	private final NoticeService notices;

	private final ReportingService reporting;

	private final NotificationService notifications;

	private final Viewers viewers;

	WaitingAdvice(ReviewService reviews, ExtensionService extensions, NoticeService notices, ReportingService reporting,
			NotificationService notifications, Viewers viewers) {
		this.reviews = reviews;
		this.extensions = extensions;
		this.notices = notices;
		this.reporting = reporting;
		this.notifications = notifications;
		this.viewers = viewers;
	}

	@ModelAttribute("waiting")
	Waiting waiting(HttpServletRequest request) {
		if (DatabaseUnavailable.isReported(request)) {
			return null;
		}
		return this.viewers.current()
			.filter((viewer) -> !viewer.role().isAdministrator())
			.map((viewer) -> new Waiting(() -> this.reviews.waiting(viewer), () -> this.extensions.waiting(viewer),
					() -> this.notices.waiting(viewer), () -> this.reporting.due(viewer),
					() -> this.notifications.unread(viewer)))
			.orElse(null);
	}

}
