package cn.laoling.ledger.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The application's seal on the audit log: an HMAC-SHA256 with a key the application
 * holds and the database does not. The hash chain alone can be recomputed by whoever may
 * write the table; a seal can only be made with the key, so a row changed and rehashed, a
 * row appended by anyone but the application, and a head moved by hand are found. A row
 * seal and a head seal are made apart (each names what it seals), so that neither passes
 * for the other.
 */
public final class AuditSeal {

	/** The shortest key accepted: as long as the HMAC's own output. */
	public static final int MIN_KEY_BYTES = 32;

	private final SecretKeySpec key;

	public AuditSeal(byte[] key) {
		if (key == null || key.length < MIN_KEY_BYTES) {
			throw new IllegalArgumentException("key must have at least " + MIN_KEY_BYTES + " bytes");
		}
		this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
	}

	/** The seal of a row, over its hash (which covers its fields and the row before). */
	public String ofRow(String hash) {
		return mac("row\u001f" + hash);
	}

	/** The seal of the log's head: the newest row the application wrote. */
	public String ofHead(long id, String hash) {
		return mac("head\u001f" + id + "\u001f" + hash);
	}

	boolean sealsRow(String hash, String seal) {
		return same(ofRow(hash), seal);
	}

	boolean sealsHead(AuditHead head) {
		return same(ofHead(head.id(), head.hash()), head.seal());
	}

	private static boolean same(String expected, String given) {
		return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				given.getBytes(StandardCharsets.US_ASCII));
	}

	private String mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java runtime has HmacSHA256", ex);
		}
	}

}
