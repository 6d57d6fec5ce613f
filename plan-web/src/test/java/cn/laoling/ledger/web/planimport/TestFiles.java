package cn.laoling.ledger.web.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

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

	static byte[] docx(String... paragraphs) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String text : paragraphs) {
				document.createParagraph().createRun().setText(text);
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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

	static byte[] oldWord() {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
			fs.writeFilesystem(out);
			return out.toByteArray();
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
