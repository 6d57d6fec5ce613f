package cn.laoling.ledger.web.planimport;

/**
 * A file that cannot be read as a plan's text; {@code code} names the problem in the
 * messages ({@code import.file.encrypted}).
 */
public class UnreadableDocument extends Exception {

	private final String code;

	UnreadableDocument(String code) {
		super(code);
		this.code = code;
	}

	UnreadableDocument(String code, Throwable cause) {
		super(code, cause);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
