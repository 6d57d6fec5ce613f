package cn.laoling.ledger.notice;

import java.util.function.Function;

/** The parts of a notice the office writes, in the order they print. */
public enum NoticeSection {

	MASTHEAD(NoticeText::masthead), ISSUER(NoticeText::issuer), TITLE(NoticeText::title),
	ADDRESSEES(NoticeText::addressees), OVERVIEW(NoticeText::overview), PROBLEMS(NoticeText::problems),
	REQUIREMENTS(NoticeText::requirements), PRAISE(NoticeText::praise);

	private final Function<NoticeText, String> read;

	NoticeSection(Function<NoticeText, String> read) {
		this.read = read;
	}

	/** The section's text, {@code ""} when the notice leaves it out. */
	public String of(NoticeText text) {
		String value = this.read.apply(text);
		return (value == null) ? "" : value;
	}

}
