package cn.laoling.ledger.web.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import cn.laoling.ledger.web.security.Viewer;

/**
 * 通知中心: what was addressed to the viewer (reminders, 专项工作提示, hand-offs of reports,
 * extensions and notices), newest first; opening one marks it read and goes to the page
 * where the viewer acts on it.
 */
@Controller
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(Viewer viewer, Model model) {
		model.addAttribute("notifications", this.notifications.latest(viewer));
		return "notifications/list";
	}

	@PostMapping("/notifications/{notificationId}/open")
	String open(Viewer viewer, @PathVariable long notificationId) {
		return "redirect:" + this.notifications.open(viewer, notificationId);
	}

	@PostMapping("/notifications/read-all")
	String readAll(Viewer viewer) {
		this.notifications.readAll(viewer);
		return "redirect:/notifications";
	}

}
