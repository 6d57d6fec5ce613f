package cn.laoling.ledger.plan;

import cn.laoling.ledger.shared.Require;

/**
 * A numbered part of a plan that groups tasks, e.g. {@code （一）优化居家养老服务供给}.
 *
 * @param id the section's identity, {@code null} until the plan is saved
 * @param number the number as written ({@code （一）}), may be empty
 * @param title the heading without its number
 */
public record Section(SectionId id, String number, String title) {

	public Section {
		number = (number != null) ? number.strip() : "";
		if (number.length() > 20) {
			throw new IllegalArgumentException("section number must have at most 20 characters, was " + number);
		}
		title = Require.text(title, "section title", 200);
	}

	public static Section of(String number, String title) {
		return new Section(null, number, title);
	}

	public String heading() {
		return this.number + this.title;
	}

}
