package cn.laoling.ledger.web.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.notification.Notification;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Notifications;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.web.security.Viewer;

/** 通知中心: what the liaison's units were told, read and unread by the liaison. */
@Service
@Transactional(readOnly = true)
public class NotificationService {

	private static final int SHOWN = 100;

	private final Notifications notifications;

	private final Clock clock;

	NotificationService(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	/** A notification as the list shows it, at the office's local time. */
	public record Item(long id, NotificationKind kind, String title, String body, LocalDateTime at, boolean read) {
	}

	public List<Item> latest(Viewer viewer) {
		return this.notifications.of(viewer.ownUnits(), viewer.username(), SHOWN).stream().map((line) -> {
			Notification n = line.notification();
			return new Item(n.id(), n.kind(), n.title(), n.body(),
					LocalDateTime.ofInstant(n.at(), this.clock.getZone()), line.read());
		}).toList();
	}

	public int unread(Viewer viewer) {
		return this.notifications.unread(viewer.ownUnits(), viewer.username());
	}

	/** Marks it read and answers where it leads. */
	@Transactional
	public String open(Viewer viewer, long id) {
		return this.notifications.read(id, viewer.ownUnits(), viewer.username())
			.map(Notification::link)
			.orElseThrow(() -> new NotFoundException("notification", id));
	}

	@Transactional
	public void readAll(Viewer viewer) {
		this.notifications.readAll(viewer.ownUnits(), viewer.username());
	}

}
