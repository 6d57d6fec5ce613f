package cn.laoling.ledger.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.laoling.ledger.unit.UnitId;

/** Port: the notification centre, read and unread for each account. */
public interface Notifications {

	/** A notification as a reader sees it. */
	record Line(Notification notification, boolean read) {
	}

	Notification send(Notification notification);

	/** The units' latest notifications, newest first, each read or not by the account. */
	List<Line> of(Collection<UnitId> units, String username, int limit);

	int unread(Collection<UnitId> units, String username);

	/**
	 * Marks it read by the account, if it went to one of the units.
	 * @return the notification, or empty when it did not go to the units
	 */
	Optional<Notification> read(long id, Collection<UnitId> units, String username);

	void readAll(Collection<UnitId> units, String username);

	/** Marks read the units' notifications about the page, when the account opens it. */
	void readAbout(String link, Collection<UnitId> units, String username);

}
