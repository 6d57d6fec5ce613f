package cn.laoling.ledger.plan;

import cn.laoling.ledger.shared.Require;

/**
 * 文号: the number an office gives a document it issues, e.g. {@code 昆府办发〔2022〕17号}.
 */
public record DocumentNumber(String value) {

	public DocumentNumber {
		value = Require.text(value, "document number", 50);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
