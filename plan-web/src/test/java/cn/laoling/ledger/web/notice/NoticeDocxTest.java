package cn.laoling.ledger.web.notice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A notice downloaded as .docx is in the layout of official documents (GB/T 9704), read
 * back with POI, and LibreOffice renders it to A4 pages with the page number at the foot.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoticeDocxTest {

	/**
	 * Twips: 1 mm is 56.7 twips, so a margin rounded to the twip is within a tenth of a
	 * mm.
	 */
	private static final int MM_TOLERANCE = 3;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	byte[] docx;

	String title;

	@BeforeEach
	void aDraftedNotice() throws Exception {
		ScratchData.NoticePlan seeded = this.scratch.noticePlan();
		String location = this.mvc
			.perform(post("/notices").param("planId", String.valueOf(seeded.plan().id().value()))
				.param("periodId", String.valueOf(seeded.q2().id().value()))
				.with(this.demo.as("office"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.replaceAll("\\D+(\\d+)/edit", "$1");
		this.title = "关于《" + seeded.plan().title() + "》2026年第二季度落实情况的通报";
		this.docx = this.mvc.perform(get("/notices/" + id + "/docx").with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", NoticeController.DOCX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	@Test
	void thePageIsA4WithTheMarginsAndTheGridOfOfficialDocuments() throws IOException {
		try (XWPFDocument document = read()) {
			CTSectPr section = document.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
			CTPageMar margins = section.getPgMar();
			assertThat(mm(margins.getTop())).isCloseTo(37, org.assertj.core.data.Offset.offset(0.1));
			assertThat(mm(margins.getBottom())).isCloseTo(35, org.assertj.core.data.Offset.offset(0.1));
			assertThat(mm(margins.getLeft())).isCloseTo(28, org.assertj.core.data.Offset.offset(0.1));
			assertThat(mm(margins.getRight())).isCloseTo(26, org.assertj.core.data.Offset.offset(0.1));
			int typeArea = 16838 - ((BigInteger) margins.getTop()).intValue()
					- ((BigInteger) margins.getBottom()).intValue();
			int width = 11906 - ((BigInteger) margins.getLeft()).intValue()
					- ((BigInteger) margins.getRight()).intValue();
			XWPFParagraph body = paragraph(document, "（一）部分任务进度滞后");
			assertThat(body.getSpacingLineRule()).isEqualTo(LineSpacingRule.EXACT);
			assertThat(typeArea / (int) Math.round(body.getSpacingBetween() * 20)).as("lines per page").isEqualTo(28);
			XWPFRun run = body.getRuns().get(0);
			assertThat(width / (run.getFontSizeAsDouble() * 20 + run.getCharacterSpacing())).as("characters per line")
				.isBetween(28.0, 28.5);
		}
	}

	@Test
	void theTitleIsIn2号小标宋TheBodyIn3号仿宋AndTheHeadingsIn黑体() throws IOException {
		try (XWPFDocument document = read()) {
			XWPFParagraph title = paragraph(document, this.title);
			assertThat(title.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
			assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
			List<String> headings = List.of("一、总体情况", "二、存在问题", "三、下步工作要求");
			for (String heading : headings) {
				XWPFRun run = paragraph(document, heading).getRuns().get(0);
				assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).as(heading).isEqualTo("黑体");
				assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
			}
			XWPFRun body = paragraph(document, "（一）部分任务进度滞后").getRuns().get(0);
			assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
			assertThat(body.getFontSizeAsDouble()).isEqualTo(16.0);
			assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText)).containsSubsequence("老龄工作进度通报",
					this.title, "各成员单位：", "一、总体情况", "二、存在问题", "三、下步工作要求", "附件：各项任务进展情况表", "附件");
		}
	}

	@Test
	void theTablesHoldTheTargetsAndEveryTaskAndEveryPageIsNumbered() throws IOException {
		try (XWPFDocument document = read()) {
			List<XWPFTable> tables = document.getTables();
			assertThat(tables).hasSize(2);
			assertThat(tables.get(0).getRows()).as("a header and the one target").hasSize(2);
			assertThat(tables.get(0).getRow(1).getCell(3).getText()).isEqualTo("12.89个");
			assertThat(tables.get(1).getRows()).as("a header and three tasks").hasSize(4);
			assertThat(tables.get(1).getRow(3).getCell(5).getText()).isEqualTo("未报送");
			assertThat(document.getFooterList()).hasSize(2);
			for (XWPFFooter footer : document.getFooterList()) {
				assertThat(footer.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
				assertThat(footer.getText()).contains("— 1 —");
			}
			assertThat(document.getSettings().getEvenAndOddHeadings()).isTrue();
		}
	}

	@Test
	void libreOfficeRendersItOnA4PagesWithTheAttachmentOnAPageOfItsOwn(@TempDir Path dir)
			throws IOException, InterruptedException {
		boolean installed = List.of("/usr/bin/soffice", "/usr/bin/libreoffice")
			.stream()
			.anyMatch((p) -> Files.isExecutable(Path.of(p)));
		assumeTrue(installed || System.getenv("CI") != null,
				"LibreOffice is not installed (.ci/run installs libreoffice-writer-nogui)");
		Path file = dir.resolve("notice.docx");
		Files.write(file, this.docx);
		Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("soffice.log").toFile())
			.start();
		assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
		Path pdf = dir.resolve("notice.pdf");
		assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
		try (PDDocument rendered = Loader.loadPDF(pdf.toFile())) {
			assertThat(rendered.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			PDRectangle page = rendered.getPage(0).getMediaBox();
			assertThat(page.getWidth() / 72 * 25.4).isCloseTo(210, org.assertj.core.data.Offset.offset(1.0));
			assertThat(page.getHeight() / 72 * 25.4).isCloseTo(297, org.assertj.core.data.Offset.offset(1.0));
			PDFTextStripper text = new PDFTextStripper();
			text.setStartPage(1);
			text.setEndPage(1);
			String first = text.getText(rendered).replaceAll("\\s+", "");
			assertThat(first).contains("老龄工作进度通报", "一、总体情况", "—1—");
			text.setStartPage(rendered.getNumberOfPages());
			text.setEndPage(rendered.getNumberOfPages());
			String last = text.getText(rendered).replaceAll("\\s+", "");
			assertThat(last).contains("各项任务进展情况表", "—" + rendered.getNumberOfPages() + "—");
		}
		if (System.getenv("NOTICE_PDF") != null) {
			Files.copy(pdf, Path.of(System.getenv("NOTICE_PDF")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private XWPFDocument read() throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(this.docx));
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String startingWith) {
		return document.getParagraphs()
			.stream()
			.filter((p) -> p.getText().startsWith(startingWith))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no paragraph starting with " + startingWith));
	}

	private static double mm(Object twips) {
		return ((BigInteger) twips).doubleValue() * 25.4 / 1440;
	}

}
