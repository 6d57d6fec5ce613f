package cn.laoling.ledger.web.notice;

import java.time.LocalDate;

import cn.laoling.ledger.notice.NoticeState;
import cn.laoling.ledger.report.Quarter;

/**
 * A notice in the list.
 *
 * @param number 第N期, {@code null} until published
 * @param sent the units it went to, once published
 * @param acknowledged how many of them acknowledged it
 * @param ownAcknowledged for a liaison whose unit it went to, whether it acknowledged;
 * otherwise {@code null}
 */
public record NoticeRow(long id, String title, String planTitle, Quarter quarter, int revision, Integer number,
		LocalDate issueDate, NoticeState state, int sent, int acknowledged, Boolean ownAcknowledged) {

}
