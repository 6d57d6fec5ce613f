package cn.laoling.ledger.web.extension;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.laoling.ledger.report.ExtensionState;

/**
 * One 延期申请 as the pages show it.
 *
 * @param requestedBy who asked, named as {@code PersonNames} names people
 * @param decidedBy who decided, likewise, or {@code null}
 */
public record ExtensionLine(long id, String unit, LocalDate originalDue, LocalDate requestedDate, String reason,
		String requestedBy, LocalDateTime requestedAt, ExtensionState state, String decidedBy, LocalDateTime decidedAt,
		String comment, long version) {

}
