package cn.laoling.ledger.web.notice;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.laoling.ledger.notice.Notice;
import cn.laoling.ledger.notice.NoticeSection;
import cn.laoling.ledger.notice.NoticeState;

/**
 * A notice as it prints, with what the viewer may do with it.
 *
 * @param issue 2026年第3期, or that it has no number yet
 * @param receipts for the office: every unit it went to and whether it acknowledged
 * @param addressed whether the viewing liaison's unit is one it went to
 * @param corrects the id of the version this one corrects, or {@code null}
 * @param changes what this version changes in the one it corrects
 * @param office whether the viewer is the office of its region
 * @param leader whether the viewer is a leader of its region
 * @param signedAt when a leader signed it off, in the office's time zone, or {@code null}
 */
public record NoticePage(Notice notice, String planTitle, String issue, List<ReceiptLine> receipts, boolean addressed,
		boolean acknowledged, Long corrects, List<Change> changes, boolean office, boolean leader,
		LocalDateTime signedAt) {

	public record ReceiptLine(String unit, String by, LocalDateTime at) {
	}

	public record Change(NoticeSection section, String before, String after) {
	}

	/** Who drafted, signed, published and acknowledged it, by username, to be named. */
	public List<String> usernames() {
		List<String> usernames = new ArrayList<>();
		usernames.add(this.notice.draftedBy());
		usernames.add(this.notice.signedBy());
		usernames.add(this.notice.publishedBy());
		this.receipts.forEach((r) -> usernames.add(r.by()));
		return usernames;
	}

	public long pendingReceipts() {
		return this.receipts.stream().filter((r) -> r.at() == null).count();
	}

	public boolean mayEdit() {
		return this.office && this.notice.state() == NoticeState.DRAFT;
	}

	public boolean mayWithdraw() {
		return this.office
				&& (this.notice.state() == NoticeState.AWAITING_SIGN_OFF || this.notice.state() == NoticeState.SIGNED);
	}

	public boolean mayPublish() {
		return this.office && this.notice.state() == NoticeState.SIGNED;
	}

	public boolean mayCorrect() {
		return this.office && this.notice.state() == NoticeState.PUBLISHED;
	}

	public boolean maySign() {
		return this.leader && this.notice.state() == NoticeState.AWAITING_SIGN_OFF;
	}

	public boolean mayAcknowledge() {
		return this.addressed && !this.acknowledged && this.notice.state() == NoticeState.PUBLISHED;
	}

}
