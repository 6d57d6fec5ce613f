package cn.laoling.ledger.audit;

/** Whether the audited action succeeded. */
public enum AuditOutcome {

	SUCCESS, FAILURE

}
