package cn.laoling.ledger.plan;

import cn.laoling.ledger.shared.Require;

/**
 * The measure word of a target: {@code 个}, {@code 户}, {@code %}, {@code 万平方米},
 * {@code 人次}.
 */
public record Measure(String symbol) {

	public static final Measure PERCENT = new Measure("%");

	public Measure {
		symbol = Require.text(symbol, "measure", 10);
		if ("％".equals(symbol)) {
			symbol = "%";
		}
	}

	public boolean isRate() {
		return "%".equals(this.symbol);
	}

	@Override
	public String toString() {
		return this.symbol;
	}

}
