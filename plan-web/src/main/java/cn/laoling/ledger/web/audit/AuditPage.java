package cn.laoling.ledger.web.audit;

import java.util.List;

/** One page of the search result, read out in Chinese. */
public record AuditPage(List<AuditLine> lines, long total, int page, int pages) {

}
