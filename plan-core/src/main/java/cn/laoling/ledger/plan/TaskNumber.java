package cn.laoling.ledger.plan;

import cn.laoling.ledger.shared.Require;

/**
 * 序号: a task's number as the plan writes it ({@code 1}, {@code 12}, {@code （三）}), without
 * the trailing {@code .}/{@code 、}.
 */
public record TaskNumber(String value) {

	public TaskNumber {
		value = Require.text(value, "task number", 20).replaceAll("[.、．]+$", "");
		if (value.isEmpty()) {
			throw new IllegalArgumentException("task number must not be blank");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
