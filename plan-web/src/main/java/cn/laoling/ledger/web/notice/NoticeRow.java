package cn.laoling.ledger.web.notice;

import cn.laoling.ledger.notice.NoticeState;
import cn.laoling.ledger.report.Quarter;

/**
 * A notice in the list.
 *
 * @param issue 第N期 of its year as the notice shows it (待印发 until published)
 * @param sent the units it went to, once published
 * @param acknowledged how many of them acknowledged it
 * @param ownAcknowledged for a liaison whose unit it went to, whether it acknowledged;
 * otherwise {@code null}
 */
public record NoticeRow(long id, String title, String planTitle, Quarter quarter, String issue, NoticeState state,
		int sent, int acknowledged, Boolean ownAcknowledged) {

}
