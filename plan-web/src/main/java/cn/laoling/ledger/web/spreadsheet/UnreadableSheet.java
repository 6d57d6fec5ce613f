package cn.laoling.ledger.web.spreadsheet;

/**
 * A file that cannot be read as a worksheet; {@code code} names the problem in the
 * messages ({@code sheet.file.encrypted}).
 */
public class UnreadableSheet extends Exception {

	private final String code;

	public UnreadableSheet(String code) {
		super(code);
		this.code = code;
	}

	UnreadableSheet(String code, Throwable cause) {
		super(code, cause);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
