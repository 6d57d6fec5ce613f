package cn.laoling.ledger.notice;

public record NoticeId(long value) {

	@Override
	public String toString() {
		return String.valueOf(this.value);
	}

}
