package cn.laoling.ledger.web.planimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import cn.laoling.ledger.web.support.OfficeUploads;
import cn.laoling.ledger.web.support.UploadSlots;

/**
 * The text of an uploaded plan: a .docx, a legacy .doc, a PDF with a text layer, or plain
 * text in UTF-8, GB18030 or GBK (a subset of GB18030). What it is, is told by its
 * content, not by its name; a .docx is read only once {@link OfficeUploads#inspect} finds
 * it within its limits, and every document in one of the {@link UploadSlots}.
 */
public final class DocumentText {

	public static final int MAX_BYTES = OfficeUploads.MAX_BYTES;

	private static final Charset GB18030 = Charset.forName("GB18030");

	static {
		OfficeUploads.limitZip();
	}

	private DocumentText() {
	}

	public static String read(byte[] bytes) throws UnreadableDocument {
		if (bytes.length == 0) {
			throw new UnreadableDocument("import.file.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new UnreadableDocument("import.file.tooLarge");
		}
		String text = switch (FileMagic.valueOf(bytes)) {
			case OOXML -> UploadSlots.read(() -> docx(bytes));
			case OLE2 -> UploadSlots.read(() -> legacy(bytes));
			case PDF -> UploadSlots.read(() -> PdfText.of(bytes));
			default -> plainText(bytes);
		};
		if (text.isBlank()) {
			throw new UnreadableDocument("import.file.empty");
		}
		return text;
	}

	private static String docx(byte[] bytes) throws UnreadableDocument {
		return switch (OfficeUploads.inspect(bytes).verdict()) {
			case READABLE -> WordText.of(bytes);
			case TOO_LARGE -> throw new UnreadableDocument("import.file.zipBomb");
			case TOO_DEEP -> throw new UnreadableDocument("import.file.tooDeep");
			case MALFORMED -> throw new UnreadableDocument("import.file.notDocx");
		};
	}

	/**
	 * A file in the old Office container: a Word 97–2003 document is read; an encrypted
	 * .docx (kept in this container), a WPS file and anything else get their message.
	 */
	private static String legacy(byte[] bytes) throws UnreadableDocument {
		POIFSFileSystem file;
		try {
			file = new POIFSFileSystem(new ByteArrayInputStream(bytes));
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableDocument("import.file.notDoc", ex);
		}
		try (file) {
			if (file.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
				throw new UnreadableDocument("import.file.encrypted");
			}
			if (!file.getRoot().hasEntryCaseInsensitive("WordDocument")) {
				throw new UnreadableDocument("import.file.notWord");
			}
			return Word97Text.of(file);
		}
		catch (IOException ex) {
			throw new UnreadableDocument("import.file.notDoc", ex);
		}
	}

	private static String plainText(byte[] bytes) throws UnreadableDocument {
		int offset = 0;
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			offset = 3;
		}
		else if (bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
				|| ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF))) {
			return checked(new String(bytes, StandardCharsets.UTF_16));
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		String text = decode(StandardCharsets.UTF_8, buffer.duplicate());
		if (text == null) {
			text = decode(GB18030, buffer.duplicate());
		}
		if (text == null) {
			throw new UnreadableDocument("import.file.notText");
		}
		return checked(text);
	}

	private static String decode(Charset charset, ByteBuffer bytes) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * Text has no control characters but line breaks and tabs; binary files have many.
	 */
	private static String checked(String text) throws UnreadableDocument {
		long control = text.chars()
			.filter((c) -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
			.count();
		if (control > 0 && control * 100 > text.length()) {
			throw new UnreadableDocument("import.file.notText");
		}
		return text;
	}

}
