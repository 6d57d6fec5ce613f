package cn.laoling.ledger.web.report;

/** An evidence file not taken; {@code code} names why in the messages. */
public class EvidenceRefused extends RuntimeException {

	private final String code;

	EvidenceRefused(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
