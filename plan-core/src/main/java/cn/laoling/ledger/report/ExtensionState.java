package cn.laoling.ledger.report;

/** Where a 延期申请 stands: waiting for the office, granted or refused. */
public enum ExtensionState {

	PENDING, GRANTED, REFUSED

}
