package cn.laoling.ledger.report;

/**
 * The kinds of file a report may carry as 佐证材料, told by their content: photographs and
 * scans, PDF, Word and Excel documents.
 */
public enum EvidenceKind {

	PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), GIF("image/gif", "gif"), PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	DOC("application/msword", "doc"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	XLS("application/vnd.ms-excel", "xls");

	private final String contentType;

	private final String extension;

	EvidenceKind(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

	public boolean isImage() {
		return this == PNG || this == JPEG || this == GIF;
	}

}
