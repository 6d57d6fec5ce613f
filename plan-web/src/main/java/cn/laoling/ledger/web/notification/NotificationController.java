package cn.laoling.ledger.web.notification;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import cn.laoling.ledger.notification.Notification;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Notifications;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.web.security.Viewer;

/**
 * 通知中心: a liaison's reminders and 专项工作提示, newest first; opening one marks it read and
 * goes to what it is about.
 */
@Controller
class NotificationController {

	private static final int SHOWN = 100;

	private final Notifications notifications;

	private final Clock clock;

	NotificationController(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	/** A notification as the list shows it, at the office's local time. */
	record Item(long id, NotificationKind kind, String title, String body, LocalDateTime at, boolean read) {
	}

	@GetMapping("/notifications")
	String list(Viewer viewer, Model model) {
		model.addAttribute("notifications",
				this.notifications.of(viewer.ownUnits(), viewer.username(), SHOWN).stream().map((line) -> {
					Notification n = line.notification();
					return new Item(n.id(), n.kind(), n.title(), n.body(),
							LocalDateTime.ofInstant(n.at(), this.clock.getZone()), line.read());
				}).toList());
		return "notifications/list";
	}

	@PostMapping("/notifications/{notificationId}/open")
	String open(Viewer viewer, @PathVariable long notificationId) {
		Notification notification = this.notifications.read(notificationId, viewer.ownUnits(), viewer.username())
			.orElseThrow(() -> new NotFoundException("notification", notificationId));
		return "redirect:" + notification.link();
	}

	@PostMapping("/notifications/read-all")
	String readAll(Viewer viewer) {
		this.notifications.readAll(viewer.ownUnits(), viewer.username());
		return "redirect:/notifications";
	}

}
