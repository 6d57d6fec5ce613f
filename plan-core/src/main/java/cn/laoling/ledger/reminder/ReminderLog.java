package cn.laoling.ledger.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import cn.laoling.ledger.region.RegionId;

/** Port: every automatic reminder sent (提醒记录), each key once. */
public interface ReminderLog {

	/** A reminder as it was sent. */
	record Sent(ReminderItem item, long notification, LocalDate on, Instant at, String mailedTo) {
	}

	/** Which of the keys were already sent. */
	Set<String> sent(Collection<String> keys);

	/**
	 * Records the items as sent in the notification; a key sent before is refused (the
	 * caller's transaction then sends nothing).
	 */
	void record(List<ReminderItem> items, long notification, LocalDate on, Instant at, String mailedTo);

	/** The latest reminders sent to units of the regions, newest first. */
	List<Sent> latest(Collection<RegionId> regions, int limit);

}
