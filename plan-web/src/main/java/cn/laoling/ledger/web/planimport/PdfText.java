package cn.laoling.ledger.web.planimport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF plan from its text layer, as {@link WordText} gives a .docx: lines
 * wrapped by the page joined again into their paragraphs, the page's header, footer and
 * number left out ({@link PdfPages}), a table a row to a line with its cells between tabs
 * ({@link PdfTables}). A PDF without text (a scan) and one with an opening password are
 * refused with their own message.
 */
final class PdfText {

	/** More pages than any plan has: a file past it is refused before it is read. */
	static final int MAX_PAGES = 300;

	/**
	 * What PDFBox may hold of a document's streams as it decodes them (fonts, content): a
	 * stream inflating past it fails the read, which is refused as a damaged file.
	 */
	static final long MAX_DECODED_BYTES = 100L * 1024 * 1024;

	private PdfText() {
	}

	static String of(byte[] bytes) throws UnreadableDocument {
		try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(MAX_DECODED_BYTES).streamCache)) {
			if (document.getNumberOfPages() > MAX_PAGES) {
				throw new UnreadableDocument("import.file.pdfTooLong");
			}
			List<PdfLine.Page> pages = Glyphs.of(document);
			if (pages.stream().allMatch((page) -> page.lines().isEmpty())) {
				throw new UnreadableDocument("import.file.pdfScanned");
			}
			return PdfTables.text(PdfPages.body(pages));
		}
		catch (InvalidPasswordException ex) {
			throw new UnreadableDocument("import.file.encrypted", ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableDocument("import.file.notPdf", ex);
		}
	}

	/** Every glyph of every page, gathered into the lines they stand on. */
	private static final class Glyphs extends PDFTextStripper {

		private final List<PdfLine.Page> pages = new ArrayList<>();

		private final List<TextPosition> glyphs = new ArrayList<>();

		private float height;

		private Glyphs() {
			setSortByPosition(false);
		}

		static List<PdfLine.Page> of(PDDocument document) throws IOException {
			Glyphs glyphs = new Glyphs();
			glyphs.getText(document);
			return glyphs.pages;
		}

		@Override
		protected void startPage(PDPage page) {
			this.glyphs.clear();
			this.height = page.getCropBox().getHeight();
		}

		@Override
		protected void processTextPosition(TextPosition glyph) {
			if (!glyph.getUnicode().isBlank()) {
				this.glyphs.add(glyph);
			}
		}

		@Override
		protected void endPage(PDPage page) throws IOException {
			this.pages.add(new PdfLine.Page(this.height, PdfLine.of(this.glyphs), PdfRules.of(page)));
		}

	}

}
