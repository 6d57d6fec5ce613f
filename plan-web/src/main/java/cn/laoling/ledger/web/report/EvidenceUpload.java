package cn.laoling.ledger.web.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import cn.laoling.ledger.report.EvidenceKind;
import cn.laoling.ledger.web.support.OfficeUploads;

/**
 * What an uploaded evidence file is, told by its content, never by its name: an image, a
 * PDF, or a Word or Excel document. Anything else, an empty file, an encrypted document
 * or a file over 20 MB is refused with the message code naming why.
 */
final class EvidenceUpload {

	private EvidenceUpload() {
	}

	/** The file's kind; empty with {@code problem} set when it is refused. */
	static Result check(byte[] bytes) {
		if (bytes.length == 0) {
			return Result.refused("evidence.file.empty");
		}
		if (bytes.length > OfficeUploads.MAX_BYTES) {
			return Result.refused("evidence.file.tooLarge");
		}
		FileMagic magic = FileMagic.valueOf(bytes);
		if (magic == FileMagic.OLE2 && isEncrypted(bytes)) {
			return Result.refused("evidence.file.encrypted");
		}
		Optional<EvidenceKind> kind = switch (magic) {
			case PNG -> Optional.of(EvidenceKind.PNG);
			case JPEG -> Optional.of(EvidenceKind.JPEG);
			case GIF -> Optional.of(EvidenceKind.GIF);
			case PDF -> Optional.of(EvidenceKind.PDF);
			case OOXML -> officeOpenXml(bytes);
			case OLE2 -> oldOffice(bytes);
			default -> Optional.empty();
		};
		return kind.map((k) -> new Result(k, null)).orElse(Result.refused("evidence.file.kind"));
	}

	record Result(EvidenceKind kind, String problem) {

		static Result refused(String problem) {
			return new Result(null, problem);
		}

	}

	/** A .docx or .xlsx by its part names; nothing is inflated. */
	private static Optional<EvidenceKind> officeOpenXml(byte[] bytes) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith("word/")) {
					return Optional.of(EvidenceKind.DOCX);
				}
				if (entry.getName().startsWith("xl/")) {
					return Optional.of(EvidenceKind.XLSX);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static Optional<EvidenceKind> oldOffice(byte[] bytes) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntryCaseInsensitive("WordDocument")) {
				return Optional.of(EvidenceKind.DOC);
			}
			if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
				return Optional.of(EvidenceKind.XLS);
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static boolean isEncrypted(byte[] bytes) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			return fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo");
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
