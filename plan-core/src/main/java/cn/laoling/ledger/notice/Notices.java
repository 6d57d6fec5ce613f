package cn.laoling.ledger.notice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.laoling.ledger.region.RegionId;

/** Port: where notices are kept. */
public interface Notices {

	Optional<Notice> findById(NoticeId id);

	/** The notices of the regions, newest first. */
	List<Notice> inRegions(Collection<RegionId> regions);

	/** How many of the region's notices are in the state. */
	int count(RegionId region, NoticeState state);

	/**
	 * How many of the region's notices a leader sent back ({@link Notice#isSentBack()}).
	 */
	int sentBack(RegionId region);

	/** The number the next issue of the region's year takes: one more than the last. */
	int nextNumber(RegionId region, int year);

	/**
	 * Saves a notice; an edit based on an outdated version throws
	 * {@link cn.laoling.ledger.shared.StaleEditException}, as does a second correction of
	 * the same notice or a second issue with the same number.
	 */
	Notice save(Notice notice);

	void delete(NoticeId id);

}
