package cn.laoling.ledger.web.notification;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.web.security.LedgerUser;
import cn.laoling.ledger.web.security.Viewers;

/** The liaison's unread notifications, counted for the bell in the navigation bar. */
@ControllerAdvice
class UnreadAdvice {

	private final NotificationService notifications;

	private final Viewers viewers;

	UnreadAdvice(NotificationService notifications, Viewers viewers) {
		this.notifications = notifications;
		this.viewers = viewers;
	}

	@ModelAttribute("unreadNotifications")
	Integer unread() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof LedgerUser user)
				|| user.role() != Role.LIAISON) {
			return null;
		}
		return this.notifications.unread(this.viewers.of(user));
	}

}
