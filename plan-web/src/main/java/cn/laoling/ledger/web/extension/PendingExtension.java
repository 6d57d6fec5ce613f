package cn.laoling.ledger.web.extension;

/** A 延期申请 waiting for the office, with its task. */
public record PendingExtension(ExtensionLine request, long taskId, String taskNumber, String taskText,
		String planTitle) {

}
