package cn.laoling.ledger.notice;

import java.util.Arrays;
import java.util.List;

import cn.laoling.ledger.shared.DomainRuleException;

/**
 * What the office writes of a notice: masthead (刊名), issuing office, title, addressees
 * (主送), 一、总体情况, 二、存在问题, 三、下步工作要求 and an optional praise paragraph.
 */
public record NoticeText(String masthead, String issuer, String title, String addressees, String overview,
		String problems, String requirements, String praise) {

	public static final int MAX_LINE = 200;

	public static final int MAX_SECTION = 5000;

	public NoticeText {
		masthead = line(masthead, "masthead");
		issuer = line(issuer, "issuer");
		title = line(title, "title");
		addressees = line(addressees, "addressees");
		overview = section(overview, "overview", true);
		problems = section(problems, "problems", true);
		requirements = section(requirements, "requirements", true);
		praise = section(praise, "praise", false);
	}

	/** The sections whose text differs from the other version's. */
	public List<NoticeSection> changesFrom(NoticeText earlier) {
		return Arrays.stream(NoticeSection.values()).filter((s) -> !s.of(this).equals(s.of(earlier))).toList();
	}

	private static String line(String value, String name) {
		String text = section(value, name, true);
		if (text.length() > MAX_LINE) {
			throw new DomainRuleException("notice." + name + ".tooLong", name + " is longer than " + MAX_LINE);
		}
		return text;
	}

	private static String section(String value, String name, boolean required) {
		String text = (value == null) ? "" : value.strip().replace("\r\n", "\n");
		if (required && text.isEmpty()) {
			throw new DomainRuleException("notice." + name + ".required", name + " is required");
		}
		if (text.length() > MAX_SECTION) {
			throw new DomainRuleException("notice." + name + ".tooLong", name + " is longer than " + MAX_SECTION);
		}
		return text.isEmpty() ? null : text;
	}

}
