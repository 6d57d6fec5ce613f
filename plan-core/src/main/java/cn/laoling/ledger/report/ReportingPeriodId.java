package cn.laoling.ledger.report;

public record ReportingPeriodId(long value) {

	@Override
	public String toString() {
		return String.valueOf(this.value);
	}

}
