package cn.laoling.ledger.web.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import cn.laoling.ledger.web.support.OfficeUploads;
import cn.laoling.ledger.web.support.UploadSlots;

/**
 * The first worksheet of an uploaded .xlsx, read as a stream, or of a legacy .xls
 * ({@link OldWorkbook}): formulas are not evaluated but their last results read. What the
 * file is, is told by its content, not its name; it is read only once
 * {@link OfficeUploads#inspect} finds it within its limits, in one of the
 * {@link UploadSlots}.
 */
public final class SheetReader {

	public static final int MAX_BYTES = OfficeUploads.MAX_BYTES;

	/** Rows with content; more are refused. */
	public static final int MAX_ROWS = 20_000;

	/** Formula cells; more are refused. */
	public static final int MAX_FORMULAS = 1_000;

	/** Columns beyond these are ignored. */
	public static final int MAX_COLUMNS = 40;

	private static final Set<String> WORKBOOKS = Set.of(XSSFRelation.WORKBOOK.getContentType(),
			XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
			XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

	static {
		OfficeUploads.limitZip();
	}

	private SheetReader() {
	}

	public static SheetGrid read(byte[] bytes) throws UnreadableSheet {
		if (bytes.length == 0) {
			throw new UnreadableSheet("sheet.file.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new UnreadableSheet("sheet.file.tooLarge");
		}
		return switch (FileMagic.valueOf(bytes)) {
			case OOXML -> UploadSlots.read(() -> inspected(bytes));
			case OLE2 -> UploadSlots.read(() -> OldWorkbook.firstSheet(bytes));
			default -> throw new UnreadableSheet("sheet.file.notXlsx");
		};
	}

	private static SheetGrid inspected(byte[] bytes) throws UnreadableSheet {
		return switch (OfficeUploads.inspect(bytes).verdict()) {
			case READABLE -> firstSheet(bytes);
			case TOO_LARGE -> throw new UnreadableSheet("sheet.file.zipBomb");
			case TOO_DEEP -> throw new UnreadableSheet("sheet.file.tooDeep");
			case MALFORMED -> throw new UnreadableSheet("sheet.file.notXlsx");
		};
	}

	private static SheetGrid firstSheet(byte[] bytes) throws UnreadableSheet {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
		}
		catch (IOException | OpenXML4JException | RuntimeException ex) {
			throw unreadable(ex);
		}
		try {
			if (!isWorkbook(pkg)) {
				throw new UnreadableSheet("sheet.file.notXlsx");
			}
			XSSFReader reader = new XSSFReader(pkg);
			Iterator<InputStream> sheets = reader.getSheetIterator();
			if (!sheets.hasNext()) {
				throw new UnreadableSheet("sheet.file.empty");
			}
			StylesTable styles = reader.getStylesTable();
			SheetGrid grid;
			try (InputStream sheet = sheets.next()) {
				grid = SheetContents.read(sheet, (styles != null) ? styles : new StylesTable(),
						new ReadOnlySharedStringsTable(pkg, false), isDate1904(reader));
			}
			if (grid.rows().isEmpty()) {
				throw new UnreadableSheet("sheet.file.empty");
			}
			return grid;
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			throw unreadable(ex);
		}
		finally {
			pkg.revert();
		}
	}

	/** A .docx is a zip package too; a workbook is its main part. */
	private static boolean isWorkbook(OPCPackage pkg) {
		PackageRelationshipCollection documents = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		PackagePart main = (documents.size() > 0) ? pkg.getPart(documents.getRelationship(0)) : null;
		return main != null && WORKBOOKS.contains(main.getContentType());
	}

	/** Workbooks from old Excel for Mac count days from 1904. */
	private static boolean isDate1904(XSSFReader workbook)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		boolean[] date1904 = new boolean[1];
		XMLReader reader = XMLHelper.newXMLReader();
		reader.setContentHandler(new DefaultHandler() {

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if (localName.equals("workbookPr")) {
					String value = attributes.getValue("date1904");
					date1904[0] = "1".equals(value) || "true".equals(value);
				}
			}

		});
		try (InputStream in = workbook.getWorkbookData()) {
			reader.parse(new InputSource(in));
		}
		return date1904[0];
	}

	/** POI tells a zip bomb by an IOException's message only. */
	private static UnreadableSheet unreadable(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
				return new UnreadableSheet("sheet.file.zipBomb", ex);
			}
		}
		return new UnreadableSheet("sheet.file.notXlsx", ex);
	}

}
