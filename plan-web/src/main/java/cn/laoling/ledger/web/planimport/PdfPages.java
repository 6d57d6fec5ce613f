package cn.laoling.ledger.web.planimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A PDF's body: its pages' lines without what the page adds (the running header and
 * footer, the page number), which would otherwise cut a task that runs over a page in
 * two.
 */
final class PdfPages {

	/** The top and bottom share of a page where headers, footers and numbers stand. */
	private static final float MARGIN = 0.1f;

	private static final Pattern PAGE_NUMBER = Pattern
		.compile("^[-—－–\\s]*#+[-—－–\\s]*$|^第#+页(共#+页)?$|^#+/#+$|^(page)?#+(of#+)?$", Pattern.CASE_INSENSITIVE);

	private PdfPages() {
	}

	static List<PdfLine> body(List<PdfLine.Page> pages) {
		Map<String, Integer> repeated = new HashMap<>();
		for (PdfLine.Page page : pages) {
			page.lines()
				.stream()
				.filter((line) -> inMargin(page, line))
				.map((line) -> shape(line.text()))
				.distinct()
				.forEach((shape) -> repeated.merge(shape, 1, Integer::sum));
		}
		int often = Math.max(2, (pages.size() + 1) / 2);
		List<PdfLine> body = new ArrayList<>();
		for (PdfLine.Page page : pages) {
			PdfLine above = null;
			for (PdfLine line : page.lines()) {
				String shape = shape(line.text());
				boolean added = inMargin(page, line)
						&& (PAGE_NUMBER.matcher(shape).matches() || repeated.getOrDefault(shape, 0) >= often);
				if (!added) {
					body.add(line.ruled(ruledBetween(page, above, line)));
				}
				above = line;
			}
		}
		return body;
	}

	/**
	 * Whether a rule is drawn between the two lines (below the one above's baseline,
	 * above this one's characters); for a page's first line, within three lines above it.
	 */
	private static boolean ruledBetween(PdfLine.Page page, PdfLine above, PdfLine line) {
		float from = (above != null) ? above.y() + 0.1f * above.em() : line.y() - 3 * line.em();
		float to = line.y() - 0.6f * line.em();
		return page.rules().stream().anyMatch((rule) -> rule > from && rule < to);
	}

	private static boolean inMargin(PdfLine.Page page, PdfLine line) {
		return line.y() < MARGIN * page.height() || line.y() > (1 - MARGIN) * page.height();
	}

	/** The text with its digits and spaces made alike: page 3's footer is page 4's. */
	private static String shape(String text) {
		return text.replaceAll("\\s+", "").replaceAll("[0-9]+", "#");
	}

}
