package cn.laoling.ledger.web.report;

import cn.laoling.ledger.report.Evidence;

/** An evidence file on its way to the browser. */
public record EvidenceDownload(Evidence evidence, byte[] content) {

}
