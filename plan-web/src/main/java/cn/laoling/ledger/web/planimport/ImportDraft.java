package cn.laoling.ledger.web.planimport;

import java.util.List;

import cn.laoling.ledger.plan.document.PlanParse;

/**
 * A document read and recognised, waiting on the preview page for the office to confirm.
 */
record ImportDraft(String id, String fileName, PlanParse parse, List<SourceView.Segment> source) {

}
