package cn.laoling.ledger.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where the evidence files of reports are kept. */
public interface EvidenceFiles {

	/** The report's files, oldest first, without their content. */
	List<Evidence> of(ReportId report);

	/**
	 * Adds the file unless the report already carries {@link Evidence#MAX_PER_REPORT}:
	 * uploads to one report are counted one after another, however many arrive at once.
	 * @return the file kept, or empty when the report is full
	 */
	Optional<Evidence> add(ReportId report, String fileName, EvidenceKind kind, byte[] content, Instant at, String by);

	/** The file's content, if the file belongs to the report. */
	Optional<byte[]> content(ReportId report, long evidenceId);

	/** Removes the file if it belongs to the report; whether it did. */
	boolean remove(ReportId report, long evidenceId);

}
