package cn.laoling.ledger.web.planimport;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines of a PDF page joined into the paragraphs they were written as: a page's width of
 * 30 characters of 10 points from x = 100, a line every 20 points.
 */
class PdfTablesTest {

	private static final float EM = 10;

	private static final float LEFT = 100;

	@Test
	void aParagraphThePageWrappedIsOneLineAndAnIndentedOneStartsAnew() {
		String text = PdfTables
			.text(lines(line(0, "为深入实施积极应对人口老龄化国家战略，进一步健全全区养老服"), line(0, "务体系，提升老年人的获得感、幸福感、安全感，结合我区实际，"),
					line(0, "制定本方案。"), line(2, "各单位要高度重视老龄工作，主要负责同志亲自抓，明确分管领导"), line(0, "和具体联络员。")));

		assertThat(text.lines()).containsExactly("为深入实施积极应对人口老龄化国家战略，进一步健全全区养老服务体系，提升老年人的获得感、幸福感、安全感，结合我区实际，制定本方案。",
				"  各单位要高度重视老龄工作，主要负责同志亲自抓，明确分管领导和具体联络员。".strip());
	}

	@Test
	void aLongCentredTitleThePageWrappedIsOneLineButATitleAndItsFirstParagraphAreTwo() {
		String text = PdfTables.text(lines(line(5.5f, "某市关于加快推进老龄事业和养老服务体系"), line(5.5f, "建设的实施意见（2023—2025年）"),
				line(0, "为深入实施积极应对人口老龄化国家战略，进一步健全全区养老服"), line(0, "务体系。")));

		assertThat(text.lines()).containsExactly("某市关于加快推进老龄事业和养老服务体系建设的实施意见（2023—2025年）",
				"为深入实施积极应对人口老龄化国家战略，进一步健全全区养老服务体系。");
	}

	@Test
	void aNumberedTaskAfterAClosedSentenceStartsAnewEvenAfterAFullLine() {
		String text = PdfTables.text(lines(line(0, "1.新建社区老年助餐点10个，每个街道至少建成1个老年助餐点。"), line(0, "2.开展老年健康宣传周活动。")));

		assertThat(text.lines()).containsExactly("1.新建社区老年助餐点10个，每个街道至少建成1个老年助餐点。", "2.开展老年健康宣传周活动。");
	}

	/** A line of characters of one em each, starting {@code indent} characters in. */
	private static PdfLine line(float indent, String text) {
		List<PdfLine.Glyph> glyphs = new ArrayList<>();
		float x = LEFT + indent * EM;
		for (int i = 0; i < text.length(); i++) {
			glyphs.add(new PdfLine.Glyph(x, x + EM, String.valueOf(text.charAt(i))));
			x += EM;
		}
		float start = LEFT + indent * EM;
		return new PdfLine(0, EM, List.of(new PdfLine.Fragment(start, x, text)), glyphs, false);
	}

	private static List<PdfLine> lines(PdfLine... lines) {
		List<PdfLine> placed = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			PdfLine line = lines[i];
			placed.add(new PdfLine(100 + 20 * i, line.em(), line.fragments(), line.glyphs(), false));
		}
		return placed;
	}

}
