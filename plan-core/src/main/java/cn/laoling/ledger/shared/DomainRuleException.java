package cn.laoling.ledger.shared;

/**
 * A request the domain refuses because of a business rule, with a code the web layer
 * turns into a message for the user (e.g. {@code unit.members.notGroup}).
 */
public class DomainRuleException extends RuntimeException {

	private final String code;

	public DomainRuleException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
