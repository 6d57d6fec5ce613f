package cn.laoling.ledger.report;

import java.time.Instant;

import cn.laoling.ledger.shared.Require;

/** 佐证材料: a file kept with a report. */
public record Evidence(long id, ReportId reportId, String fileName, EvidenceKind kind, long size, Instant uploadedAt,
		String uploadedBy) {

	public static final int MAX_FILE_NAME = 200;

	/** A report carries at most this many files. */
	public static final int MAX_PER_REPORT = 20;

	public Evidence {
		Require.present(reportId, "reportId");
		fileName = Require.text(fileName, "fileName", MAX_FILE_NAME);
		Require.present(kind, "kind");
		Require.present(uploadedAt, "uploadedAt");
		uploadedBy = Require.text(uploadedBy, "uploadedBy", 100);
	}

}
