package cn.laoling.ledger.plan.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanPeriod;

/**
 * 完成时限 written in a task, resolved to dates against the plan's period: {@code 到2022年底},
 * {@code 2022年5月底}, {@code 6月底前}, {@code 年内}, {@code 到2025年}, {@code 2024年，…},
 * {@code 5年内} (from the plan's first year), {@code 到“十四五”末}.
 */
public final class DeadlineReader {

	private static final String BEFORE = "(?:前|之前|以前)?";

	private static final Pattern DATE = Pattern.compile("(?:到|至|于|在)?(\\d{4})年(\\d{1,2})月(\\d{1,2})日" + BEFORE);

	private static final Pattern YEAR_MONTH = Pattern
		.compile("(到|至|于|在)?(\\d{4})年(\\d{1,2})月份?(底|末)?(前|之前|以前)?(?![\\d日])");

	/**
	 * A text that is nothing but a month ("2026年10月", a table's 完成时限 cell): that month's
	 * end. Within a sentence a month is only a deadline with 到, 底 or 前 beside it.
	 */
	private static final Pattern ONLY_MONTH = Pattern.compile("^\\s*(\\d{4})年(\\d{1,2})月份?\\s*$");

	private static final Pattern YEAR_PART = Pattern
		.compile("(?:到|至|于|在)?(\\d{4})年(上半年|下半年|第?[一二三四1-4]季度)(?:末|底)?" + BEFORE);

	private static final Pattern YEAR_END = Pattern.compile("(?:到|至|于|在)?(\\d{4})年(?:年底|底|末)" + BEFORE);

	private static final Pattern BY_YEAR = Pattern.compile("(?:到|至)(\\d{4})年(?![\\d底末上下一二三四第])");

	private static final Pattern YEAR_BEFORE = Pattern.compile("(\\d{4})年(?:前|以前|之前)");

	private static final Pattern OPENING_YEAR = Pattern.compile("(?:^|(?<=[。；;，,：:]))\\s*(\\d{4})年(?=[，,])");

	private static final Pattern MONTH = Pattern
		.compile("(?<![\\d年])(\\d{1,2})月(?:份)?(?:(\\d{1,2})日" + BEFORE + "|(?:底|末)" + BEFORE + "|(前|之前|以前))");

	private static final Pattern QUARTER = Pattern.compile("(?<!年)(第?[一二三四1-4])季度(?:末|底)" + BEFORE);

	/** {@code 5年内}, {@code 三年内}: counted from the plan's first year. */
	private static final Pattern WITHIN_YEARS = Pattern.compile("(?<![\\d年])(?:用|在)?([1-9一二两三四五六七八九十])年(?:内|之内|时间内)");

	/** {@code 到“十四五”末}: the end of a five-year plan. */
	private static final Pattern FIVE_YEAR_END = Pattern.compile("(?:到|至)?[“\"]?十([一二三四五六])五[”\"]?(?:规划)?(?:时期|期)?末");

	private static final Pattern THIS_YEAR = Pattern.compile("年内|年底前|年底|全年|年末|本年度|今年");

	private static final Pattern EXPLICIT_YEAR = Pattern.compile("(\\d{4})年");

	private DeadlineReader() {
	}

	/** The deadlines in a text, in order of appearance, one per date. */
	public static List<Found<Deadline>> read(String text, PlanPeriod period) {
		return read(text, Simplifier.simplify(text), period);
	}

	/**
	 * The deadlines in a text whose simplified form is given, their wording in the
	 * original characters.
	 */
	public static List<Found<Deadline>> read(String original, String simplified, PlanPeriod period) {
		Scan scan = new Scan(original, simplified, period);
		scan.each(DATE, (m) -> date(m.group(1), m.group(2), m.group(3)));
		scan.each(YEAR_MONTH, (m) -> (m.group(1) != null || m.group(4) != null || m.group(5) != null)
				? monthEnd(Integer.parseInt(m.group(2)), m.group(3)) : null);
		scan.each(ONLY_MONTH, (m) -> monthEnd(Integer.parseInt(m.group(1)), m.group(2)));
		scan.each(YEAR_PART, (m) -> partEnd(Integer.parseInt(m.group(1)), m.group(2)));
		scan.each(YEAR_END, (m) -> yearEnd(m.group(1)));
		scan.each(BY_YEAR, (m) -> yearEnd(m.group(1)));
		scan.each(YEAR_BEFORE, (m) -> yearEnd(m.group(1)));
		scan.each(OPENING_YEAR, (m) -> yearEnd(m.group(1)));
		scan.each(FIVE_YEAR_END, (m) -> LocalDate.of(2010 + 5 * ("一二三四五六".indexOf(m.group(1).charAt(0))), 12, 31));
		if (period != null) {
			scan.each(MONTH, (m) -> {
				int year = scan.yearBefore(m.start());
				if (m.group(2) != null) {
					return date(String.valueOf(year), m.group(1), m.group(2));
				}
				if (m.group(3) != null) {
					LocalDate first = date(String.valueOf(year), m.group(1), "1");
					return (first != null) ? first.minusDays(1) : null;
				}
				return monthEnd(year, m.group(1));
			});
			scan.each(QUARTER, (m) -> partEnd(scan.yearBefore(m.start()), m.group(1) + "季度"));
			scan.each(WITHIN_YEARS, (m) -> yearEnd(String.valueOf(period.start().getYear() + years(m.group(1)) - 1)));
			scan.each(THIS_YEAR, (m) -> LocalDate.of(scan.yearBefore(m.start()), 12, 31));
		}
		return scan.result();
	}

	private static LocalDate date(String year, String month, String day) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
			return plausible(date);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int years(String written) {
		char c = written.charAt(0);
		if (Character.isDigit(c)) {
			return c - '0';
		}
		return (c == '两') ? 2 : ChineseNumbers.value(written);
	}

	private static LocalDate monthEnd(int year, String month) {
		int number = Integer.parseInt(month);
		return (number >= 1 && number <= 12) ? plausible(YearMonth.of(year, number).atEndOfMonth()) : null;
	}

	private static LocalDate yearEnd(String year) {
		return plausible(LocalDate.of(Integer.parseInt(year), 12, 31));
	}

	private static LocalDate partEnd(int year, String part) {
		String quarter = part.replace("第", "").replace("季度", "");
		int month = switch (quarter) {
			case "上半年", "一", "1" -> ("上半年".equals(quarter)) ? 6 : 3;
			case "二", "2" -> 6;
			case "三", "3" -> 9;
			default -> 12;
		};
		return plausible(YearMonth.of(year, month).atEndOfMonth());
	}

	private static LocalDate plausible(LocalDate date) {
		return (date.getYear() >= 1990 && date.getYear() <= 2100) ? date : null;
	}

	private interface Resolver {

		LocalDate resolve(Matcher matcher);

	}

	private static final class Scan {

		private final String original;

		private final String simplified;

		private final PlanPeriod period;

		private final boolean[] taken;

		private final List<Found<Deadline>> found = new ArrayList<>();

		Scan(String original, String simplified, PlanPeriod period) {
			this.original = original;
			this.simplified = simplified;
			this.period = period;
			this.taken = new boolean[simplified.length()];
		}

		void each(Pattern pattern, Resolver resolver) {
			Matcher matcher = pattern.matcher(this.simplified);
			while (matcher.find()) {
				int start = matcher.start();
				while (start < matcher.end() && Character.isWhitespace(this.simplified.charAt(start))) {
					start++;
				}
				if (start == matcher.end() || isTaken(start, matcher.end())) {
					continue;
				}
				LocalDate date = resolver.resolve(matcher);
				if (date == null) {
					continue;
				}
				for (int i = start; i < matcher.end(); i++) {
					this.taken[i] = true;
				}
				String wording = this.original.substring(start, matcher.end());
				this.found.add(new Found<>(Deadline.written(date, wording), new Span(start, matcher.end())));
			}
		}

		/**
		 * The year a date without one belongs to: the last one written before it, else
		 * the period's first.
		 */
		int yearBefore(int position) {
			Matcher matcher = EXPLICIT_YEAR.matcher(this.simplified.substring(0, position));
			int year = -1;
			while (matcher.find()) {
				year = Integer.parseInt(matcher.group(1));
			}
			if (year >= 1990 && year <= 2100) {
				return year;
			}
			return this.period.start().getYear();
		}

		private boolean isTaken(int start, int end) {
			for (int i = start; i < end; i++) {
				if (this.taken[i]) {
					return true;
				}
			}
			return false;
		}

		List<Found<Deadline>> result() {
			List<Found<Deadline>> ordered = new ArrayList<>(this.found);
			ordered.sort(Comparator.comparingInt((Found<Deadline> f) -> f.span().start()));
			List<Found<Deadline>> unique = new ArrayList<>();
			for (Found<Deadline> candidate : ordered) {
				int same = indexOfDate(unique, candidate.value().date());
				if (same < 0) {
					unique.add(candidate);
				}
				else if (!hasDigit(unique.get(same).value().wording()) && hasDigit(candidate.value().wording())) {
					unique.set(same, candidate);
				}
			}
			return unique;
		}

		private static int indexOfDate(List<Found<Deadline>> list, LocalDate date) {
			for (int i = 0; i < list.size(); i++) {
				if (list.get(i).value().date().equals(date)) {
					return i;
				}
			}
			return -1;
		}

		private static boolean hasDigit(String text) {
			return text.chars().anyMatch(Character::isDigit);
		}

	}

}
