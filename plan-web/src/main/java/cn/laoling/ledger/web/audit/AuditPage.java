package cn.laoling.ledger.web.audit;

import java.util.List;

import cn.laoling.ledger.audit.AuditRecord;

/** One page of the search result. */
public record AuditPage(List<AuditRecord> records, long total, int page, int pages) {

}
