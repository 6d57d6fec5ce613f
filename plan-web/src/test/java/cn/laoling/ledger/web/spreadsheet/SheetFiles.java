package cn.laoling.ledger.web.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import cn.laoling.ledger.web.planimport.TestFiles;

/** Spreadsheets, good and bad, made with POI the way offices and attackers make them. */
public final class SheetFiles {

	private SheetFiles() {
	}

	/** A .xlsx of one sheet holding these rows of text from A1 on. */
	public static byte[] rows(String[]... rows) {
		return xlsx((workbook) -> {
			Sheet sheet = workbook.createSheet();
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
		});
	}

	/** A .xlsx as Excel writes it: shared strings, styles. */
	public static byte[] xlsx(Consumer<XSSFWorkbook> build) {
		return write(new XSSFWorkbook(), build);
	}

	/** A .xlsx as streaming writers do it: inline strings. */
	public static byte[] streamed(Consumer<SXSSFWorkbook> build) {
		SXSSFWorkbook workbook = new SXSSFWorkbook();
		try {
			return write(workbook, build);
		}
		finally {
			workbook.dispose();
		}
	}

	/** An old Excel 97–2003 .xls. */
	public static byte[] xls(Consumer<HSSFWorkbook> build) {
		return write(new HSSFWorkbook(), build);
	}

	public static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file with a password to open it, as Office encrypts it. */
	public static byte[] encrypted(byte[] ooxml) {
		return TestFiles.encrypted(ooxml);
	}

	/** A .xlsx whose worksheet inflates from a few hundred kilobytes to 200 MB. */
	public static byte[] zipBomb() {
		return TestFiles.zipBomb("xl/worksheets/sheet1.xml");
	}

	private static <W extends Workbook> byte[] write(W workbook, Consumer<W> build) {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			build.accept(workbook);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
