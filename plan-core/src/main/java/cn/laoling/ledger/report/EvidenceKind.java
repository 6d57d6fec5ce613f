package cn.laoling.ledger.report;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of file a report may carry as 佐证材料, told by their content: photographs and
 * scans, PDF, Word and Excel documents.
 */
public enum EvidenceKind {

	PNG("image/png", "png"), JPEG("image/jpeg", "jpg", "jpeg", "jpe", "jfif"), GIF("image/gif", "gif"),
	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	DOC("application/msword", "doc"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	XLS("application/vnd.ms-excel", "xls");

	private final String contentType;

	private final String extension;

	private final List<String> others;

	EvidenceKind(String contentType, String extension, String... others) {
		this.contentType = contentType;
		this.extension = extension;
		this.others = List.of(others);
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

	/**
	 * The name a file of this kind is kept and served under: the uploaded name without
	 * its folders and control characters, its extension replaced by this kind's unless it
	 * already is one ({@code 报告.html} that is a GIF is {@code 报告.gif}), so that no
	 * program opens it as something else; at most {@link Evidence#MAX_FILE_NAME}
	 * characters.
	 */
	public String fileName(String uploaded) {
		String name = (uploaded == null) ? ""
				: uploaded.replaceAll("^.*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		int dot = name.lastIndexOf('.');
		String base = (dot >= 0) ? name.substring(0, dot).strip() : name;
		String extension = (dot >= 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		if (!extension.equals(this.extension) && !this.others.contains(extension)) {
			extension = this.extension;
		}
		if (base.isEmpty()) {
			base = "file";
		}
		int room = Evidence.MAX_FILE_NAME - extension.length() - 1;
		return ((base.length() > room) ? base.substring(base.length() - room) : base) + "." + extension;
	}

	public boolean isImage() {
		return this == PNG || this == JPEG || this == GIF;
	}

}
