package cn.laoling.ledger.web.planimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.text.TextPosition;

/**
 * A line of a PDF page: the glyphs standing on one baseline, left to right, and the same
 * in fragments split where a gap wider than a character separates them (the cells of a
 * table's row, when its columns stand apart).
 *
 * @param y the baseline, from the top of the page
 * @param em the width of the line's widest glyph: a Chinese character's
 * @param ruledAbove a horizontal rule is drawn between it and the line above (a table's
 * row border)
 */
record PdfLine(float y, float em, List<Fragment> fragments, List<Glyph> glyphs, boolean ruledAbove) {

	/**
	 * Radicals of the CJK Radicals Supplement a font may draw simplified characters with,
	 * each followed by its character: Unicode gives them no decomposition.
	 */
	private static final String SUPPLEMENT_RADICALS = "⺟母⺠民⻄西⻅见⻆角⻉贝⻋车⻓长⻔门⻘青⻚页⻛风⻜飞⻝食⻢马⻥鱼⻦鸟⻨麦⻩黄⻬齐⻭齿⻮齿⻰龙⻳龟";

	/** Glyphs closer than this many characters belong to one fragment. */
	private static final float CELL_GAP = 1.2f;

	/** A run of glyphs without a wide gap: {@code x} and {@code right} on the page. */
	record Fragment(float x, float right, String text) {

	}

	/** One character where it stands. */
	record Glyph(float x, float right, String text) {

	}

	/**
	 * A page's lines, top to bottom, and its horizontal rules.
	 *
	 * @param rules the rules' heights from the top of the page
	 */
	record Page(float height, List<PdfLine> lines, List<Float> rules) {

	}

	/** The line, with whether a rule is drawn above it. */
	PdfLine ruled(boolean above) {
		return new PdfLine(this.y, this.em, this.fragments, this.glyphs, above);
	}

	float left() {
		return this.fragments.get(0).x();
	}

	float right() {
		return this.fragments.get(this.fragments.size() - 1).right();
	}

	/** The line's text, its fragments written one after another. */
	String text() {
		StringBuilder text = new StringBuilder();
		for (Fragment fragment : this.fragments) {
			if (!text.isEmpty() && joinsWithSpace(text.charAt(text.length() - 1), fragment.text().charAt(0))) {
				text.append(' ');
			}
			text.append(fragment.text());
		}
		return text.toString();
	}

	/** The glyphs of a page gathered into lines: by baseline, then left to right. */
	static List<PdfLine> of(List<TextPosition> glyphs) {
		List<TextPosition> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
		List<PdfLine> lines = new ArrayList<>();
		List<TextPosition> line = new ArrayList<>();
		for (TextPosition glyph : sorted) {
			if (!line.isEmpty() && Math.abs(glyph.getYDirAdj() - line.get(0).getYDirAdj()) > tolerance(line, glyph)) {
				lines.add(line(line));
				line = new ArrayList<>();
			}
			line.add(glyph);
		}
		if (!line.isEmpty()) {
			lines.add(line(line));
		}
		return lines;
	}

	private static float tolerance(List<TextPosition> line, TextPosition glyph) {
		return 0.4f * Math.max(line.get(0).getHeightDir(), glyph.getHeightDir()) + 0.5f;
	}

	private static PdfLine line(List<TextPosition> glyphs) {
		glyphs.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
		float em = 0;
		for (TextPosition glyph : glyphs) {
			em = Math.max(em, glyph.getWidthDirAdj());
		}
		em = Math.max(em, 1);
		List<Fragment> fragments = new ArrayList<>();
		List<Glyph> kept = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		float x = glyphs.get(0).getXDirAdj();
		float right = x;
		for (TextPosition glyph : glyphs) {
			float gap = glyph.getXDirAdj() - right;
			if (!text.isEmpty() && gap > CELL_GAP * em) {
				fragments.add(new Fragment(x, right, text.toString()));
				text.setLength(0);
				x = glyph.getXDirAdj();
			}
			else if (!text.isEmpty() && gap > 0.2f * em
					&& joinsWithSpace(text.charAt(text.length() - 1), glyph.getUnicode().charAt(0))) {
				text.append(' ');
			}
			String unicode = ideographs(glyph.getUnicode());
			text.append(unicode);
			right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
			kept.add(new Glyph(glyph.getXDirAdj(), glyph.getXDirAdj() + glyph.getWidthDirAdj(), unicode));
		}
		fragments.add(new Fragment(x, right, text.toString()));
		float y = 0;
		for (TextPosition glyph : glyphs) {
			y += glyph.getYDirAdj();
		}
		return new PdfLine(y / glyphs.size(), em, List.copyOf(fragments), List.copyOf(kept), false);
	}

	/**
	 * The ideograph a PDF wrote as a Kangxi radical or a compatibility form (some
	 * printers map 老 to ⽼, U+2F7C): the same character to a reader, not to a search.
	 * Punctuation keeps its full width.
	 */
	static String ideographs(String text) {
		StringBuilder normal = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			int supplement = SUPPLEMENT_RADICALS.indexOf(c);
			if (supplement >= 0 && supplement % 2 == 0) {
				normal.appendCodePoint(SUPPLEMENT_RADICALS.codePointAt(supplement + 1));
			}
			else if ((c >= 0x2F00 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F)) {
				normal.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
			}
			else {
				normal.appendCodePoint(c);
			}
		});
		return normal.toString();
	}

	/**
	 * Two words of Latin letters or digits keep the space between them; Chinese has none.
	 */
	private static boolean joinsWithSpace(char before, char after) {
		return isLatin(before) && isLatin(after);
	}

	private static boolean isLatin(char c) {
		return c < 0x80 && Character.isLetterOrDigit(c);
	}

}
