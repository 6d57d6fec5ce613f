package cn.laoling.ledger.web.support;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits an uploaded .docx or .xlsx is read under: its size, and POI's zip-bomb
 * limits, which POI keeps process-wide.
 */
public final class OfficeUploads {

	public static final int MAX_BYTES = 20 * 1024 * 1024;

	/** Expanded entries may not outgrow their compressed size more than this. */
	private static final double MIN_INFLATE_RATIO = 0.01;

	private static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;

	static {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
	}

	private OfficeUploads() {
	}

	/** Sets POI's limits (once, as this class loads) before a file is opened. */
	public static void limitZip() {
		// the static initialiser does the work
	}

}
