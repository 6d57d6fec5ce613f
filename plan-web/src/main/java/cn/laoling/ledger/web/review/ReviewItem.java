package cn.laoling.ledger.web.review;

import java.time.LocalDateTime;

import cn.laoling.ledger.report.Quarter;

/** A consolidated report waiting for the office's review. */
public record ReviewItem(long reportId, String planTitle, String taskNumber, String taskText, String unit,
		Quarter period, LocalDateTime submittedAt) {

}
