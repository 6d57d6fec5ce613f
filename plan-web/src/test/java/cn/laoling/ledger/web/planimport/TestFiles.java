package cn.laoling.ledger.web.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Real files, good and bad, made the way offices and attackers make them. */
public final class TestFiles {

	private TestFiles() {
	}

	/**
	 * The document in the repository's {@code seeds/} whose name starts so ({@code 000}).
	 */
	public static Path seedFile(String prefix) {
		try (var files = Files.list(Path.of("..", "seeds"))) {
			return files.filter((f) -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String seed(String prefix) {
		try {
			return Files.readString(seedFile(prefix));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] docx(String... paragraphs) {
		return word().paragraphs(paragraphs).bytes();
	}

	/**
	 * A .docx written paragraph by paragraph, numbered list and table as Word makes them.
	 */
	static WordFile word() {
		return new WordFile();
	}

	static final class WordFile {

		private final List<Consumer<XWPFDocument>> parts = new ArrayList<>();

		private BigInteger list;

		WordFile paragraphs(String... texts) {
			for (String text : texts) {
				this.parts.add((document) -> document.createParagraph().createRun().setText(text));
			}
			return this;
		}

		/**
		 * Paragraphs that Word numbers itself ({@code 1.}, {@code 2.}, the number not in
		 * their text), one list through the whole document.
		 */
		WordFile numbered(String... texts) {
			for (String text : texts) {
				this.parts.add((document) -> {
					XWPFParagraph paragraph = document.createParagraph();
					paragraph.setNumID(list(document));
					paragraph.setNumILvl(BigInteger.ZERO);
					paragraph.createRun().setText(text);
				});
			}
			return this;
		}

		WordFile table(String[]... rows) {
			this.parts.add((document) -> {
				XWPFTable table = document.createTable(rows.length, rows[0].length);
				for (int r = 0; r < rows.length; r++) {
					for (int c = 0; c < rows[r].length; c++) {
						table.getRow(r).getCell(c).setText(rows[r][c]);
					}
				}
			});
			return this;
		}

		byte[] bytes() {
			try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				this.parts.forEach((part) -> part.accept(document));
				document.write(out);
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private BigInteger list(XWPFDocument document) {
			if (this.list == null) {
				CTAbstractNum decimal = CTAbstractNum.Factory.newInstance();
				decimal.setAbstractNumId(BigInteger.ZERO);
				CTLvl level = decimal.addNewLvl();
				level.setIlvl(BigInteger.ZERO);
				level.addNewStart().setVal(BigInteger.ONE);
				level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
				level.addNewLvlText().setVal("%1.");
				XWPFNumbering numbering = document.createNumbering();
				this.list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(decimal)));
			}
			return this.list;
		}

	}

	public static byte[] encrypted(byte[] docx) {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("口令2026");
			try (OutputStream data = encryptor.getDataStream(fs)) {
				data.write(docx);
			}
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException | java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An old Office container holding a Word stream that is no Word document. */
	static byte[] brokenWord() {
		return container("WordDocument");
	}

	/**
	 * An old Office container without a Word stream, as a WPS file or an old workbook.
	 */
	static byte[] notWord() {
		return container("Contents");
	}

	private static byte[] container(String entry) {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), entry);
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One of the plans in {@code src/test/resources/plans}, as an office would upload it.
	 */
	static byte[] plan(String name) {
		try (var in = TestFiles.class.getResourceAsStream("/plans/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A .docx whose document part inflates from a few hundred kilobytes to 200 MB. */
	static byte[] zipBomb() {
		return zipBomb("word/document.xml");
	}

	/**
	 * An Office package whose {@code part} inflates from a few hundred kilobytes to 200
	 * MB.
	 */
	public static byte[] zipBomb(String part) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(
					("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
							+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
						.getBytes());
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(part));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 200; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
