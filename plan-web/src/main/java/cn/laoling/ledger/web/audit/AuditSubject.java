package cn.laoling.ledger.web.audit;

/**
 * What an audited event is about: its key ({@code task:42}, what the audit administrator
 * searches by) and its name at the time (任务「…」《…》), kept so that the log names it even
 * after it is renamed or deleted. Built by {@link AuditSubjects}.
 *
 * @param name the name, or empty when only the key is known (named from the key when
 * shown)
 */
public record AuditSubject(String key, String name) {

	public static AuditSubject keyOnly(String key) {
		return new AuditSubject(key, "");
	}

}
