package cn.laoling.ledger.plan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a web page adds around a document: breadcrumbs, pinyin annotations
 * ({@code 區(qū)}), share and print links, view counters and footers. Metadata a page
 * shows before the text ({@code 发布日期: 2023-03-04}) is kept, on a line of its own.
 */
final class WebNoise {

	private static final Pattern PINYIN = Pattern
		.compile("(?<=\\p{IsHan})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ]{1,7}[)）]");

	private static final Pattern NOISE_LINE = Pattern.compile("^(当前位置|您(现在)?的?位置|首页\\s*[>》]|导语[:：]|相关链接|"
			+ "上一篇|下一篇|分享到|技术支持|(?i:produced by|powered by)|https?://|【?(打印|关闭|收藏)|(访问|浏览)(量|次数))"
			+ "|扫一扫|在手机(上)?打开|打印本页|关闭窗口|版权所有|(?i:icp)备|网站标识码");

	private static final Pattern INLINE_NOISE = Pattern
		.compile("(浏览次数|阅读次数|访问量|阅读量)[:：]?\\s*\\d*|【?字[号体][:：]?\\s*[大中小\\s]+】?|[【\\[](打印|关闭)[】\\]]");

	private static final Pattern METADATA = Pattern
		.compile("^\\s*(信息来源|来源|发布日期|发布时间|时间|日期|作者|发布机构|索引号|主题分类)\\s*[:：]\\s*"
				+ "(\\d{4}-\\d{1,2}-\\d{1,2}(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?|[^\\s]*)\\s*");

	private WebNoise() {
	}

	/** The text without the page's noise, its lines in order. */
	static String strip(String raw) {
		String text = raw.replace("\uFEFF", "")
			.replace("\r\n", "\n")
			.replace('\r', '\n')
			.replace('\u00A0', ' ')
			.replace('\u3000', ' ');
		text = PINYIN.matcher(text).replaceAll("");
		List<String> kept = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			String simplified = Simplifier.simplify(line.strip());
			if (NOISE_LINE.matcher(simplified).find()) {
				continue;
			}
			kept.addAll(splitMetadata(removeInlineNoise(line)));
		}
		return String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
	}

	static boolean isMetadata(String simplifiedLine) {
		Matcher matcher = METADATA.matcher(simplifiedLine);
		return matcher.lookingAt() && !matcher.group(2).isEmpty();
	}

	private static String removeInlineNoise(String line) {
		Matcher matcher = INLINE_NOISE.matcher(Simplifier.simplify(line));
		StringBuilder kept = new StringBuilder();
		int from = 0;
		while (matcher.find()) {
			kept.append(line, from, matcher.start());
			from = matcher.end();
		}
		return kept.append(line.substring(from)).toString();
	}

	/**
	 * Metadata pairs at the start of a line stay there; the text after them moves down.
	 */
	private static List<String> splitMetadata(String line) {
		String simplified = Simplifier.simplify(line);
		Matcher matcher = METADATA.matcher(simplified);
		int end = 0;
		while (matcher.region(end, simplified.length()).lookingAt() && !matcher.group(2).isEmpty()) {
			end = matcher.end();
		}
		if (end == 0 || end >= line.length()) {
			return List.of(line);
		}
		return List.of(line.substring(0, end).stripTrailing(), line.substring(end));
	}

}
