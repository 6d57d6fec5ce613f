package cn.laoling.ledger.web.support;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The limits an uploaded .docx or .xlsx is read under: its size, what its parts expand
 * to, and how deep its markup nests. {@link #inspect} streams through the package once,
 * parts inflated into a counter and never kept, before POI builds anything from it: POI
 * reads an uploaded package whole into memory, so its own checks come too late to bound
 * memory.
 */
public final class OfficeUploads {

	public static final int MAX_BYTES = 20 * 1024 * 1024;

	/** What one part may expand to, as declared in its header or as inflated. */
	public static final long MAX_PART_BYTES = 100L * 1024 * 1024;

	/** What all parts together may expand to. */
	public static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;

	/**
	 * What one markup part ({@code .xml}, {@code .rels}) may expand to: POI builds an
	 * object model of several times its size from it.
	 */
	public static final long MAX_MARKUP_BYTES = 50L * 1024 * 1024;

	/** Parts in a package; a plan or a ledger has a few dozen. */
	public static final int MAX_PARTS = 5_000;

	/**
	 * How deep elements may nest in a markup part: a table in a table in Word adds three
	 * levels, so this allows some eighty; POI walks nested tables by recursion.
	 */
	public static final int MAX_DEPTH = 256;

	/** Expanded entries may not outgrow their compressed size more than this. */
	private static final double MIN_INFLATE_RATIO = 0.01;

	static {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
	}

	private OfficeUploads() {
	}

	/** What {@link #inspect} found. */
	public enum Verdict {

		/** Within every limit: POI may read it. */
		READABLE,
		/** A part or the whole expands past its limit, or there are too many parts. */
		TOO_LARGE,
		/** Markup nested deeper than {@link #MAX_DEPTH}. */
		TOO_DEEP,
		/** Not a zip package, or markup that is not well-formed. */
		MALFORMED

	}

	/**
	 * What {@link #inspect} found, and the names of the parts it read (all of them when
	 * the package is readable).
	 */
	public record Inspection(Verdict verdict, List<String> parts) {

		public Inspection {
			parts = List.copyOf(parts);
		}

	}

	/** Sets POI's limits (once, as this class loads) before a file is opened. */
	public static void limitZip() {
		// the static initialiser does the work
	}

	/**
	 * Streams through the package: every part's declared and inflated size, their total,
	 * and the nesting of every markup part, stopping at the first limit passed. The zip
	 * is read as POI reads it (Commons Compress), so that both see the same parts.
	 */
	public static Inspection inspect(byte[] bytes) {
		Budget total = new Budget(MAX_TOTAL_BYTES);
		List<String> parts = new ArrayList<>();
		try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true,
				true)) {
			for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				parts.add(entry.getName());
				boolean markup = isMarkup(entry.getName());
				long limit = markup ? MAX_MARKUP_BYTES : MAX_PART_BYTES;
				if (parts.size() > MAX_PARTS || entry.getSize() > limit) {
					return new Inspection(Verdict.TOO_LARGE, parts);
				}
				Counted part = new Counted(zip, limit, total);
				Verdict verdict = markup ? nesting(part) : drain(part);
				if (verdict != Verdict.READABLE) {
					return new Inspection(verdict, parts);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return new Inspection(Verdict.MALFORMED, parts);
		}
		return new Inspection(parts.isEmpty() ? Verdict.MALFORMED : Verdict.READABLE, parts);
	}

	private static boolean isMarkup(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
	}

	private static Verdict drain(Counted part) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		while (part.read(buffer) >= 0) {
			if (part.exceeded()) {
				return Verdict.TOO_LARGE;
			}
		}
		return part.exceeded() ? Verdict.TOO_LARGE : Verdict.READABLE;
	}

	/** Reads the part with POI's secure SAX reader, counting element depth. */
	private static Verdict nesting(Counted part) throws IOException {
		Depth depth = new Depth();
		try {
			XMLReader reader = XMLHelper.newXMLReader();
			reader.setContentHandler(depth);
			reader.parse(new InputSource(part));
		}
		catch (SAXException | ParserConfigurationException | IOException | RuntimeException ex) {
			if (part.exceeded()) {
				return Verdict.TOO_LARGE;
			}
			return depth.tooDeep ? Verdict.TOO_DEEP : Verdict.MALFORMED;
		}
		return drain(part);
	}

	private static final class Depth extends DefaultHandler {

		private int depth;

		private boolean tooDeep;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			if (++this.depth > MAX_DEPTH) {
				this.tooDeep = true;
				throw new SAXException("nested deeper than " + MAX_DEPTH);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			this.depth--;
		}

	}

	/** Bytes read from the whole package so far, against its limit. */
	private static final class Budget {

		private final long limit;

		private long used;

		Budget(long limit) {
			this.limit = limit;
		}

	}

	/**
	 * One part's inflated bytes, counted against its limit and the package's; stops
	 * reading once either is passed. The XML parser closes what it reads; the zip stays
	 * open.
	 */
	private static final class Counted extends FilterInputStream {

		private final long limit;

		private final Budget total;

		private long count;

		Counted(InputStream part, long limit, Budget total) {
			super(part);
			this.limit = limit;
			this.total = total;
		}

		boolean exceeded() {
			return this.count > this.limit || this.total.used > this.total.limit;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (exceeded()) {
				throw new IOException("expands past its limit");
			}
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				this.count += read;
				this.total.used += read;
			}
			return read;
		}

		@Override
		public void close() {
			// the zip's next part follows
		}

	}

}
