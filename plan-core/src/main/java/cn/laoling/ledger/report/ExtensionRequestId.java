package cn.laoling.ledger.report;

public record ExtensionRequestId(long value) {

	@Override
	public String toString() {
		return String.valueOf(this.value);
	}

}
