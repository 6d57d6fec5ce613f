package cn.laoling.ledger.web.notification;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.laoling.ledger.web.error.DatabaseUnavailable;
import cn.laoling.ledger.web.security.Viewers;

/**
 * The unread notifications of a liaison, the office or a leader, counted for the bell in
 * the navigation bar.
 */
@ControllerAdvice
class UnreadAdvice {

	private final NotificationService notifications;

	private final Viewers viewers;

	UnreadAdvice(NotificationService notifications, Viewers viewers) {
		this.notifications = notifications;
		this.viewers = viewers;
	}

	@ModelAttribute("unreadNotifications")
	Integer unread(HttpServletRequest request) {
		if (DatabaseUnavailable.isReported(request)) {
			return null;
		}
		return this.viewers.current()
			.filter((viewer) -> !viewer.role().isAdministrator())
			.map(this.notifications::unread)
			.orElse(null);
	}

}
