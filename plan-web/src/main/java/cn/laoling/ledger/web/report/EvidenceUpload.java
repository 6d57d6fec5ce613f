package cn.laoling.ledger.web.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import cn.laoling.ledger.report.EvidenceKind;
import cn.laoling.ledger.web.support.OfficeUploads;
import cn.laoling.ledger.web.support.UploadSlots;

/**
 * What an uploaded evidence file is, told by its content, never by its name: an image, a
 * PDF, or a Word or Excel document. Anything else, an empty file, an encrypted document,
 * a file over 20 MB or a package expanding past {@link OfficeUploads}' limits is refused
 * with the message code naming why. Office files are looked into in one of the
 * {@link UploadSlots}.
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
		return switch (magic) {
			case PNG -> Result.of(EvidenceKind.PNG);
			case JPEG -> Result.of(EvidenceKind.JPEG);
			case GIF -> Result.of(EvidenceKind.GIF);
			case PDF -> Result.of(EvidenceKind.PDF);
			case OOXML, OLE2 -> UploadSlots.read(() -> office(magic, bytes));
			default -> Result.refused("evidence.file.kind");
		};
	}

	private static Result office(FileMagic magic, byte[] bytes) {
		if (magic == FileMagic.OLE2) {
			return isEncrypted(bytes) ? Result.refused("evidence.file.encrypted") : Result.of(oldOffice(bytes));
		}
		OfficeUploads.Inspection inspection = OfficeUploads.inspect(bytes);
		return switch (inspection.verdict()) {
			case READABLE -> Result.of(officeOpenXml(inspection.parts()));
			case TOO_LARGE -> Result.refused("evidence.file.zipBomb");
			case TOO_DEEP -> Result.refused("evidence.file.tooDeep");
			case MALFORMED -> Result.refused("evidence.file.kind");
		};
	}

	record Result(EvidenceKind kind, String problem) {

		static Result of(Optional<EvidenceKind> kind) {
			return kind.map(Result::of).orElse(refused("evidence.file.kind"));
		}

		static Result of(EvidenceKind kind) {
			return new Result(kind, null);
		}

		static Result refused(String problem) {
			return new Result(null, problem);
		}

	}

	/** A .docx or .xlsx by its part names. */
	private static Optional<EvidenceKind> officeOpenXml(List<String> parts) {
		for (String part : parts) {
			if (part.startsWith("word/")) {
				return Optional.of(EvidenceKind.DOCX);
			}
			if (part.startsWith("xl/")) {
				return Optional.of(EvidenceKind.XLSX);
			}
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
