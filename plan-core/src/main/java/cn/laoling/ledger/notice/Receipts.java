package cn.laoling.ledger.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import cn.laoling.ledger.unit.UnitId;

/** Port: which units a published notice went to, and who acknowledged it (签收). */
public interface Receipts {

	/** Sends the notice to the units: each is expected to acknowledge it once. */
	void expect(NoticeId notice, Collection<UnitId> units);

	/**
	 * The unit acknowledges the notice; a second acknowledgement keeps the first.
	 * @return whether this was the unit's first acknowledgement
	 */
	boolean acknowledge(NoticeId notice, UnitId unit, String by, Instant at);

	List<Receipt> of(NoticeId notice);

	/** How many published notices the unit has not acknowledged yet. */
	int awaiting(UnitId unit);

}
