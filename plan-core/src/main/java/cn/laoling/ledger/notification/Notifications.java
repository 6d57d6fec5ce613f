package cn.laoling.ledger.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port: the notification centre. An account reads what is addressed to its recipients (a
 * liaison: the unit and its groups; the office and leaders: their region's office or
 * leaders), each notification read or unread by that account.
 */
public interface Notifications {

	/** A notification as a reader sees it. */
	record Line(Notification notification, boolean read) {
	}

	Notification send(Notification notification);

	/**
	 * The recipients' latest notifications, newest first, each read or not by the
	 * account.
	 */
	List<Line> of(Collection<Recipient> recipients, String username, int limit);

	int unread(Collection<Recipient> recipients, String username);

	/**
	 * Marks it read by the account, if it went to one of the recipients.
	 * @return the notification, or empty when it did not go to the recipients
	 */
	Optional<Notification> read(long id, Collection<Recipient> recipients, String username);

	void readAll(Collection<Recipient> recipients, String username);

	/**
	 * Marks read the recipients' notifications about the page, when the account opens it.
	 */
	void readAbout(String link, Collection<Recipient> recipients, String username);

}
