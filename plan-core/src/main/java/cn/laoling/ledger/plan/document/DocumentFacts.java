package cn.laoling.ledger.plan.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.laoling.ledger.plan.PlanPeriod;

/**
 * What a document says about itself, and where its body starts: a plan may come inside
 * the notice that issues it ({@code 关于印发《…》的通知}), and end in a list of attachments.
 */
final class DocumentFacts {

	private static final Pattern NOTICE = Pattern.compile("关于(印发|转发|下发)?(.+?)的通知");

	private static final Pattern DOCUMENT_NUMBER = Pattern
		.compile("^(文号[:：]\\s*)?(\\p{IsHan}{1,12}[〔\\[［【(（]\\d{4}[〕\\]］】)）]\\s*\\d{1,4}\\s*号)$");

	private static final Pattern ISSUER = Pattern
		.compile("^\\p{IsHan}{2,30}(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|领导小组|局|委|办|厅|部)$");

	private static final Pattern DATE_LINE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");

	private static final Pattern CHINESE_DATE_LINE = Pattern
		.compile("^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$");

	private static final Pattern METADATA_DATE = Pattern
		.compile("(发布日期|发布时间|成文日期|时间|日期)\\s*[:：]\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern METADATA_SOURCE = Pattern.compile("(信息来源|来源|发布机构)\\s*[:：]\\s*(\\S+)");

	private static final Pattern PLAN_WORDS = Pattern.compile("方案|计划|规划|要点|意见|安排|清单|台账|措施|办法|任务分工|通知");

	private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*[-—–~～至到]\\s*(\\d{4})\\s*年?");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");

	private static final Pattern REPLY = Pattern.compile("提案|建议|议案");

	private static final Pattern REPLY_SUBJECT = Pattern.compile("《(.+?)》\\s*[（(]?(第\\s*\\d+\\s*号(提案|建议|议案))?");

	private static final Pattern ATTACHMENTS = Pattern.compile("^附\\s*件\\s*[\\d一二三四五六七八九十]*\\s*([:：]|$)");

	final List<Line> lines;

	String title;

	final List<Span> spans = new ArrayList<>();

	String documentNumber;

	String issuer;

	LocalDate issueDate;

	PlanPeriod period;

	boolean reply;

	boolean planTitle;

	int bodyStart;

	int bodyEnd;

	private DocumentFacts(List<Line> lines) {
		this.lines = lines;
		this.bodyEnd = lines.size();
	}

	static DocumentFacts read(List<Line> lines) {
		DocumentFacts facts = new DocumentFacts(lines);
		facts.readHeader();
		facts.readNumberIssuerAndDate();
		facts.findAttachments();
		facts.readPeriod();
		facts.planTitle = facts.title != null && PLAN_WORDS.matcher(Simplifier.simplify(facts.title)).find();
		return facts;
	}

	private void readHeader() {
		int firstText = firstNonMetadata(0);
		if (firstText < 0) {
			return;
		}
		if (readNotice(firstText) || readReply(firstText)) {
			return;
		}
		int titleLine = firstText;
		if (ISSUER.matcher(this.lines.get(titleLine).simplified()).matches() && titleLine + 1 < this.lines.size()) {
			titleLine = firstNonMetadata(titleLine + 1);
		}
		Line line = this.lines.get(titleLine);
		String simplified = line.simplified();
		if (simplified.length() <= 80 && !simplified.matches(".*[。，,：:；;]$")) {
			this.title = line.original();
			this.spans.add(line.span());
			this.bodyStart = titleLine + 1;
			while (this.bodyStart < this.lines.size()
					&& (normal(this.lines.get(this.bodyStart).simplified()).equals(normal(simplified))
							|| WebNoise.isMetadata(this.lines.get(this.bodyStart).simplified()))) {
				this.bodyStart++;
			}
		}
	}

	/**
	 * {@code 关于印发《X》的通知}, possibly over several lines: the plan X starts after its title.
	 */
	private boolean readNotice(int first) {
		for (int start = first; start < Math.min(first + 6, this.lines.size()); start++) {
			if (!this.lines.get(start).simplified().contains("关于")) {
				continue;
			}
			StringBuilder original = new StringBuilder();
			StringBuilder simplified = new StringBuilder();
			for (int end = start; end < Math.min(start + 4, this.lines.size()); end++) {
				original.append(this.lines.get(end).original());
				simplified.append(this.lines.get(end).simplified());
				Matcher notice = NOTICE.matcher(simplified);
				if (notice.find()) {
					String named = original.substring(notice.start(2), notice.end(2));
					this.title = named.replaceAll("^《|》$", "").strip();
					for (int i = start; i <= end; i++) {
						this.spans.add(this.lines.get(i).span());
					}
					this.bodyStart = (notice.group(1) != null) ? planStart(end + 1, this.title) : end + 1;
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The line after the last repetition of the plan's title (which may be broken over
	 * lines).
	 */
	private int planStart(int from, String planTitle) {
		String wanted = normal(Simplifier.simplify(planTitle));
		int found = -1;
		for (int i = from; i < this.lines.size(); i++) {
			StringBuilder joined = new StringBuilder();
			for (int j = i; j < Math.min(i + 3, this.lines.size()); j++) {
				joined.append(normal(this.lines.get(j).simplified()));
				if (joined.toString().equals(wanted) || joined.toString().equals("附件" + wanted)) {
					found = j;
					for (int k = i; k <= j; k++) {
						this.spans.add(this.lines.get(k).span());
					}
					break;
				}
				if (!wanted.startsWith(joined.toString())) {
					break;
				}
			}
		}
		return (found >= 0) ? found + 1 : from;
	}

	/** A reply to a proposal: {@code 您提出的《关于…的建议》(第49号提案)收悉}. */
	private boolean readReply(int first) {
		for (int i = first; i < Math.min(first + 4, this.lines.size()); i++) {
			Line line = this.lines.get(i);
			if (REPLY.matcher(line.simplified()).find() && line.simplified().matches(".*(收悉|答复|办理).*")) {
				this.reply = true;
				Matcher subject = REPLY_SUBJECT.matcher(line.simplified());
				if (subject.find()) {
					String proposal = line.original().substring(subject.start(1), subject.end(1));
					String number = (subject.group(2) != null)
							? "（" + line.original().substring(subject.start(2), subject.end(2)) + "）" : "";
					this.title = "对《" + proposal + "》" + number + "的答复";
					this.spans.add(new Span(line.start() + subject.start(), line.start() + subject.end()));
				}
				this.bodyStart = i + 1;
				return true;
			}
		}
		return false;
	}

	private void readNumberIssuerAndDate() {
		int headerEnd = Math.max(this.bodyStart, Math.min(8, this.lines.size()));
		for (int i = 0; i < headerEnd && this.documentNumber == null; i++) {
			Matcher matcher = DOCUMENT_NUMBER.matcher(this.lines.get(i).simplified().replace(" ", ""));
			if (matcher.matches()) {
				this.documentNumber = this.lines.get(i).original().replaceAll("^文号[:：]\\s*", "").replace(" ", "");
				this.spans.add(this.lines.get(i).span());
			}
		}
		int firstText = firstNonMetadata(0);
		if (firstText >= 0 && ISSUER.matcher(this.lines.get(firstText).simplified()).matches()) {
			this.issuer = this.lines.get(firstText).original();
			this.spans.add(this.lines.get(firstText).span());
		}
		for (int i = 0; i < this.lines.size() && this.issueDate == null; i++) {
			if (i >= headerEnd && this.bodyStart > 0) {
				break;
			}
			readDateLine(i);
		}
		for (int i = 0; i < this.lines.size() && this.issueDate == null; i++) {
			Matcher matcher = METADATA_DATE.matcher(this.lines.get(i).simplified());
			if (WebNoise.isMetadata(this.lines.get(i).simplified()) && matcher.find()) {
				this.issueDate = date(matcher.group(2), matcher.group(3), matcher.group(4));
			}
		}
		for (int i = this.lines.size() - 1; i >= 0 && this.issueDate == null; i--) {
			readDateLine(i);
		}
		if (this.issuer == null) {
			readIssuerFromMetadata();
		}
	}

	private void readDateLine(int i) {
		Line line = this.lines.get(i);
		String simplified = line.simplified().replace(" ", "");
		Matcher matcher = DATE_LINE.matcher(simplified);
		Matcher chinese = CHINESE_DATE_LINE.matcher(simplified);
		if (matcher.matches()) {
			this.issueDate = date(matcher.group(1), matcher.group(2), matcher.group(3));
		}
		else if (chinese.matches()) {
			this.issueDate = date(ChineseNumbers.digits(chinese.group(1)),
					String.valueOf(ChineseNumbers.value(chinese.group(2))),
					String.valueOf(ChineseNumbers.value(chinese.group(3))));
		}
		if (this.issueDate != null) {
			this.spans.add(line.span());
			if (this.issuer == null && i > 0 && ISSUER.matcher(this.lines.get(i - 1).simplified()).matches()) {
				this.issuer = this.lines.get(i - 1).original();
				this.spans.add(this.lines.get(i - 1).span());
			}
		}
	}

	private void readIssuerFromMetadata() {
		for (Line line : this.lines) {
			Matcher matcher = METADATA_SOURCE.matcher(line.simplified());
			if (WebNoise.isMetadata(line.simplified()) && matcher.find()
					&& ISSUER.matcher(matcher.group(2)).matches()) {
				this.issuer = line.original().substring(matcher.start(2), matcher.end(2));
				return;
			}
		}
	}

	private void findAttachments() {
		for (int i = this.bodyStart; i < this.lines.size(); i++) {
			if (ATTACHMENTS.matcher(this.lines.get(i).simplified()).find()) {
				this.bodyEnd = i;
				return;
			}
		}
	}

	private void readPeriod() {
		if (this.title != null) {
			this.period = periodIn(Simplifier.simplify(this.title));
		}
		if (this.period == null) {
			Map<Integer, Integer> counts = new HashMap<>();
			for (int i = this.bodyStart; i < this.bodyEnd; i++) {
				Matcher matcher = YEAR.matcher(this.lines.get(i).simplified());
				while (matcher.find()) {
					int year = Integer.parseInt(matcher.group(1));
					if (year >= 1990 && year <= 2100) {
						counts.merge(year, 1, Integer::sum);
					}
				}
			}
			counts.entrySet()
				.stream()
				.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.ifPresent((e) -> this.period = PlanPeriod.year(e.getKey()));
		}
		if (this.period == null && this.issueDate != null) {
			this.period = PlanPeriod.year(this.issueDate.getYear());
		}
	}

	private static PlanPeriod periodIn(String text) {
		Matcher years = YEARS.matcher(text);
		if (years.find()) {
			int first = Integer.parseInt(years.group(1));
			int last = Integer.parseInt(years.group(2));
			if (first <= last && first >= 1990 && last <= 2100) {
				return PlanPeriod.years(first, last);
			}
		}
		if (text.contains("十四五")) {
			return PlanPeriod.years(2021, 2025);
		}
		if (text.contains("十五五")) {
			return PlanPeriod.years(2026, 2030);
		}
		Matcher year = YEAR.matcher(text);
		if (year.find()) {
			int value = Integer.parseInt(year.group(1));
			return (value >= 1990 && value <= 2100) ? PlanPeriod.year(value) : null;
		}
		return null;
	}

	private int firstNonMetadata(int from) {
		for (int i = from; i < this.lines.size(); i++) {
			if (!WebNoise.isMetadata(this.lines.get(i).simplified())) {
				return i;
			}
		}
		return -1;
	}

	private static LocalDate date(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	static String normal(String simplified) {
		return simplified.replaceAll("[\\s()（）《》“”\"、，,·:：]", "");
	}

}
