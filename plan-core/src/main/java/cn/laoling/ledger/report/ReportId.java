package cn.laoling.ledger.report;

public record ReportId(long value) {

	@Override
	public String toString() {
		return String.valueOf(this.value);
	}

}
