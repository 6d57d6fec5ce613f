package cn.laoling.ledger.web.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.notification.Notification;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Notifications;
import cn.laoling.ledger.notification.Recipient;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.web.reminder.ReminderMail;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.AfterCommit;

/**
 * 通知中心: what was addressed to the viewer (a liaison: their unit and its groups; the
 * office and leaders: their region's office or leaders), read and unread by the viewer;
 * and the announcement of each hand-off to whoever acts next.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

	private static final int SHOWN = 100;

	private final Notifications notifications;

	private final ReminderMail mail;

	private final MessageSource messages;

	private final Clock clock;

	NotificationService(Notifications notifications, ReminderMail mail, MessageSource messages, Clock clock) {
		this.notifications = notifications;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	/** A notification as the list shows it, at the office's local time. */
	public record Item(long id, NotificationKind kind, String title, String body, LocalDateTime at, boolean read) {
	}

	/**
	 * Who the viewer reads for: a liaison their unit and the groups containing it, the
	 * office and leaders their own region's office or leaders; administrators no one.
	 */
	static List<Recipient> recipients(Viewer viewer) {
		return switch (viewer.role()) {
			case LIAISON -> viewer.ownUnits().stream().map(Recipient::unit).toList();
			case OFFICE -> List.of(Recipient.office(viewer.homeRegion()));
			case LEADER -> List.of(Recipient.leaders(viewer.homeRegion()));
			default -> List.of();
		};
	}

	public List<Item> latest(Viewer viewer) {
		return this.notifications.of(recipients(viewer), viewer.username(), SHOWN).stream().map((line) -> {
			Notification n = line.notification();
			return new Item(n.id(), n.kind(), n.title(), n.body(),
					LocalDateTime.ofInstant(n.at(), this.clock.getZone()), line.read());
		}).toList();
	}

	@Transactional(propagation = Propagation.SUPPORTS)
	public int unread(Viewer viewer) {
		return this.notifications.unread(recipients(viewer), viewer.username());
	}

	/** Marks it read and answers where it leads. */
	@Transactional
	public String open(Viewer viewer, long id) {
		return this.notifications.read(id, recipients(viewer), viewer.username())
			.map(Notification::link)
			.orElseThrow(() -> new NotFoundException("notification", id));
	}

	@Transactional
	public void readAll(Viewer viewer) {
		this.notifications.readAll(recipients(viewer), viewer.username());
	}

	/** The viewer opened the page: what was addressed to them about it is read. */
	@Transactional
	public void readAbout(Viewer viewer, String link) {
		this.notifications.readAbout(link, recipients(viewer), viewer.username());
	}

	/**
	 * Announces a hand-off to whoever acts on it next: a notification in their centre,
	 * sent in the caller's transaction, and an e-mail once that commits (when mail is
	 * configured). The words are the messages {@code code.title} and {@code code.body},
	 * given the same arguments.
	 * @param link the page where the receiver acts
	 */
	@Transactional
	public Notification announce(Recipient to, NotificationKind kind, String link, String code, Object... arguments) {
		String title = message(code + ".title", arguments);
		String body = message(code + ".body", arguments);
		Notification sent = this.notifications
			.send(new Notification(null, to, kind, title, body, link, this.clock.instant()));
		// mail leaves once the hand-off is committed: a hand-off that fails sends none
		AfterCommit.run(() -> this.mail.send(to, title, body));
		return sent;
	}

	/** A quarter as an argument of an announcement: 2026年第2季度. */
	public static MessageSourceResolvable quarter(Quarter quarter) {
		return new DefaultMessageSourceResolvable(new String[] { "quarter.label" },
				new Object[] { quarter.year(), quarter.number() });
	}

	/**
	 * A decision's comment as the last line of an announcement (审批意见：…), or nothing when
	 * there is none.
	 */
	public static Object comment(String comment) {
		return (comment == null || comment.isBlank()) ? ""
				: new DefaultMessageSourceResolvable(new String[] { "handoff.comment" }, new Object[] { comment });
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
