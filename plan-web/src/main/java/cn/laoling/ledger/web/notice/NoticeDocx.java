package cn.laoling.ledger.web.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.notice.Notice;
import cn.laoling.ledger.notice.NoticeText;
import cn.laoling.ledger.notice.TargetLine;
import cn.laoling.ledger.notice.TaskLine;
import cn.laoling.ledger.shared.NumberText;

/**
 * A notice as a Word document in the layout of official documents (GB/T 9704): A4,
 * margins 37/35/28/26 mm, a grid of 28 lines of 28 characters, the title in 2号小标宋, the
 * body in 3号仿宋, headings in 黑体, and the page number as {@code — 1 —} in 4号宋体, odd pages
 * right and even pages left.
 */
@Component
class NoticeDocx {

	/** Twentieths of a point in a millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;

	static final int PAGE_WIDTH = 11906;

	static final int PAGE_HEIGHT = 16838;

	static final int MARGIN_TOP = mm(37);

	static final int MARGIN_BOTTOM = mm(35);

	static final int MARGIN_LEFT = mm(28);

	static final int MARGIN_RIGHT = mm(26);

	static final int BODY_SIZE = 16;

	static final int LINES = 28;

	static final int CHARACTERS = 28;

	/** The line pitch that fits 28 lines into the type area, rounded down. */
	static final int LINE_PITCH = (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / LINES;

	/**
	 * Body characters are set this much closer (twips) so that 28 fit a line: 16 pt is a
	 * little wider than the type area's 28th part.
	 */
	static final int CHARACTER_SPACING = (int) Math
		.floor((PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / (double) CHARACTERS - BODY_SIZE * 20);

	static final String TITLE_FONT = "方正小标宋简体";

	static final String BODY_FONT = "仿宋_GB2312";

	static final String HEADING_FONT = "黑体";

	static final String PAGE_NUMBER_FONT = "宋体";

	static final String LATIN_FONT = "Times New Roman";

	static final int TITLE_SIZE = 22;

	static final int PAGE_NUMBER_SIZE = 14;

	private static final int TABLE_SIZE = 12;

	private static final String RED = "FF0000";

	private final MessageSource messages;

	NoticeDocx(MessageSource messages) {
		this.messages = messages;
	}

	void write(NoticePage page, OutputStream out) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			layout(document);
			Notice notice = page.notice();
			NoticeText text = notice.text();
			masthead(document, page, text);
			paragraph(document, ParagraphAlignment.CENTER, false, TITLE_FONT, TITLE_SIZE, text.title(), 1.5);
			paragraph(document, ParagraphAlignment.LEFT, false, BODY_FONT, BODY_SIZE,
					message("notice.addressees", text.addressees()), 1);
			heading(document, message("notice.section.overview"));
			body(document, text.overview());
			if (!notice.figures().targets().isEmpty()) {
				targets(document, notice.figures().targets());
			}
			if (text.praise() != null) {
				body(document, text.praise());
			}
			heading(document, message("notice.section.problems"));
			body(document, text.problems());
			heading(document, message("notice.section.requirements"));
			body(document, text.requirements());
			paragraph(document, ParagraphAlignment.LEFT, false, BODY_FONT, BODY_SIZE, "", 1);
			paragraph(document, ParagraphAlignment.LEFT, true, BODY_FONT, BODY_SIZE, message("notice.attachment.line"),
					1);
			signature(document, text.issuer());
			signature(document, issueDate(notice));
			attachment(document, notice.figures().tasks());
			document.write(out);
		}
	}

	private void layout(XWPFDocument document) {
		defaults(document);
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(mm(15)));
		// the page number sits 7 mm below the type area
		margins.setFooter(BigInteger.valueOf(mm(35 - 7) - PAGE_NUMBER_SIZE * 20));
		document.setEvenAndOddHeadings(true);
		pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
	}

	/**
	 * The body font and size as the document's defaults: the character grid is counted in
	 * them.
	 */
	private static void defaults(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setEastAsia(BODY_FONT);
		fonts.setAscii(LATIN_FONT);
		fonts.setHAnsi(LATIN_FONT);
		styles.setDefaultFonts(fonts);
		CTRPr run = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
		run.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2));
		run.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE * 2));
	}

	private void masthead(XWPFDocument document, NoticePage page, NoticeText text) {
		XWPFParagraph name = paragraph(document, ParagraphAlignment.CENTER, false, TITLE_FONT, 36, text.masthead(),
				2.5);
		name.getRuns().forEach((r) -> r.setColor(RED));
		paragraph(document, ParagraphAlignment.CENTER, false, BODY_FONT, BODY_SIZE, page.issue(), 1);
		XWPFParagraph line = paragraph(document, ParagraphAlignment.LEFT, false, BODY_FONT, BODY_SIZE, text.issuer(),
				1);
		// the date at the right edge of the type area
		CTTabStop tab = line.getCTP().getPPr().addNewTabs().addNewTab();
		tab.setVal(STTabJc.RIGHT);
		tab.setPos(BigInteger.valueOf(PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT));
		XWPFRun date = line.createRun();
		font(date, BODY_FONT, BODY_SIZE);
		date.addTab();
		date.setText(issueDate(page.notice()));
		CTBorder border = line.getCTP().getPPr().addNewPBdr().addNewBottom();
		border.setVal(STBorder.SINGLE);
		border.setSz(BigInteger.valueOf(12));
		border.setColor(RED);
		paragraph(document, ParagraphAlignment.LEFT, false, BODY_FONT, BODY_SIZE, "", 1);
	}

	private void heading(XWPFDocument document, String text) {
		paragraph(document, ParagraphAlignment.LEFT, true, HEADING_FONT, BODY_SIZE, text, 1);
	}

	private void body(XWPFDocument document, String text) {
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				paragraph(document, ParagraphAlignment.BOTH, true, BODY_FONT, BODY_SIZE, line.strip(), 1);
			}
		}
	}

	private void signature(XWPFDocument document, String text) {
		XWPFParagraph p = paragraph(document, ParagraphAlignment.RIGHT, false, BODY_FONT, BODY_SIZE, text, 1);
		p.setIndentationRight(BODY_SIZE * 20 * 4);
	}

	private void targets(XWPFDocument document, List<TargetLine> lines) {
		XWPFTable table = table(document, "notice.targets.", new int[] { 8, 32, 12, 12, 12, 11, 13 }, "number",
				"target", "goal", "expected", "actual", "rate", "standing");
		for (TargetLine line : lines) {
			row(table, line.taskNumber(), line.description(), given(line.goal(), line.symbol()),
					computed(line.expected(), line.symbol()), given(line.actual(), line.symbol()),
					NumberText.percent(line.rate()),
					(line.standing() == null) ? message("notice.unreported") : message("standing." + line.standing()));
		}
	}

	private void attachment(XWPFDocument document, List<TaskLine> lines) {
		XWPFParagraph label = paragraph(document, ParagraphAlignment.LEFT, false, HEADING_FONT, BODY_SIZE,
				message("notice.attachment"), 1);
		label.setPageBreak(true);
		paragraph(document, ParagraphAlignment.CENTER, false, TITLE_FONT, TITLE_SIZE,
				message("notice.attachment.title"), 1.5);
		XWPFTable table = table(document, "notice.tasks.", new int[] { 8, 30, 14, 14, 12, 22 }, "number", "task",
				"leadUnits", "deadline", "light", "progress");
		for (TaskLine line : lines) {
			row(table, line.taskNumber(), line.text(), line.leadUnits(), line.deadline(), lightAndStanding(line),
					(line.progress() == null) ? message("notice.unreported") : line.progress());
		}
	}

	/** 红灯 and 欠进度; a grey light already says 未报送, and says it once. */
	private String lightAndStanding(TaskLine line) {
		String light = message("light." + line.light());
		String standing = message("standing." + line.standing());
		return light.equals(standing) ? light : light + "\n" + standing;
	}

	/**
	 * @param widths each column's share of the table, in percent
	 */
	private XWPFTable table(XWPFDocument document, String prefix, int[] widths, String... columns) {
		XWPFTable table = document.createTable(1, columns.length);
		table.setWidth("100%");
		table.setTableAlignment(TableRowAlign.CENTER);
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		int typeWidth = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
		CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		for (int i = 0; i < columns.length; i++) {
			cell(header.getCell(i), message(prefix + columns[i]), true);
			header.getCell(i).setWidth(widths[i] + "%");
			grid.addNewGridCol().setW(BigInteger.valueOf(typeWidth * widths[i] / 100));
		}
		return table;
	}

	private static void row(XWPFTable table, String... cells) {
		XWPFTableRow row = table.createRow();
		for (int i = 0; i < cells.length; i++) {
			cell(row.getCell(i), cells[i], false);
			row.getCell(i).setWidth(Math.round(table.getRow(0).getCell(i).getWidthDecimal()) + "%");
		}
	}

	private static void cell(XWPFTableCell cell, String text, boolean header) {
		XWPFParagraph p = cell.getParagraphs().get(0);
		String[] lines = text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			XWPFRun run = p.createRun();
			font(run, header ? HEADING_FONT : BODY_FONT, TABLE_SIZE);
			run.setText(lines[i]);
			if (i < lines.length - 1) {
				run.addBreak();
			}
		}
	}

	private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph p = footer.createParagraph();
		p.setAlignment(alignment);
		if (alignment == ParagraphAlignment.RIGHT) {
			p.setIndentationRight(PAGE_NUMBER_SIZE * 20);
		}
		else {
			p.setIndentationLeft(PAGE_NUMBER_SIZE * 20);
		}
		pageRun(p, "— ");
		pageRun(p, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		pageRun(p, null).getCTR().addNewInstrText().setStringValue(" PAGE ");
		pageRun(p, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		pageRun(p, "1");
		pageRun(p, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		pageRun(p, " —");
	}

	private static XWPFRun pageRun(XWPFParagraph p, String text) {
		XWPFRun run = p.createRun();
		font(run, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
		if (text != null) {
			run.setText(text);
		}
		return run;
	}

	/**
	 * @param lines how many grid lines the paragraph takes, for the larger sizes
	 */
	private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, boolean indented,
			String font, int size, String text, double lines) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(alignment);
		p.setSpacingBetween(LINE_PITCH * lines / 20.0, LineSpacingRule.EXACT);
		p.setSpacingBefore(0);
		p.setSpacingAfter(0);
		if (indented) {
			p.setIndentationFirstLine((BODY_SIZE * 20 + CHARACTER_SPACING) * 2);
		}
		XWPFRun run = p.createRun();
		font(run, font, size);
		run.setText(text);
		return p;
	}

	private static void font(XWPFRun run, String font, int size) {
		run.setFontFamily(font, FontCharRange.eastAsia);
		run.setFontFamily(LATIN_FONT, FontCharRange.ascii);
		run.setFontFamily(LATIN_FONT, FontCharRange.hAnsi);
		run.setFontSize(size);
		if (size == BODY_SIZE) {
			run.setCharacterSpacing(CHARACTER_SPACING);
		}
	}

	private String issueDate(Notice notice) {
		return (notice.issueDate() == null) ? message("notice.date.pending")
				: message("notice.date", String.valueOf(notice.issueDate().getYear()),
						notice.issueDate().getMonthValue(), notice.issueDate().getDayOfMonth());
	}

	private static String given(BigDecimal value, String symbol) {
		return (value == null) ? "" : NumberText.of(value) + symbol;
	}

	private static String computed(BigDecimal value, String symbol) {
		return (value == null) ? "" : NumberText.rounded(value) + symbol;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	private static int mm(double millimetres) {
		return (int) Math.round(millimetres * TWIPS_PER_MM);
	}

}
