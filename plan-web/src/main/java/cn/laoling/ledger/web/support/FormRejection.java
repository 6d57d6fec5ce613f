package cn.laoling.ledger.web.support;

/**
 * Input the form validation could not catch on its own (an unknown unit name, a name
 * already taken): the controller shows it at the field with a message from
 * {@code messages.properties}.
 */
public class FormRejection extends RuntimeException {

	private final String field;

	private final String code;

	private final transient Object[] arguments;

	public FormRejection(String field, String code, Object... arguments) {
		super(code + " at " + field);
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
