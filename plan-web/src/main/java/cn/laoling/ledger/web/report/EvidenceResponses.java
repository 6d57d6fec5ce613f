package cn.laoling.ledger.web.report;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An evidence file as a download: its type and its name's extension from the kind found
 * in its content, never from what the uploader claimed (files kept before names were
 * fitted to their kind get theirs here), and always as an attachment; {@code nosniff}
 * comes with every response (Spring Security's headers).
 */
public final class EvidenceResponses {

	private EvidenceResponses() {
	}

	public static ResponseEntity<byte[]> of(EvidenceDownload download) {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(download.evidence().kind().fileName(download.evidence().fileName()), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.evidence().kind().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(download.content());
	}

}
