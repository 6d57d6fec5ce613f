package cn.laoling.ledger.persistence.audit;

import java.nio.file.Path;
import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.laoling.ledger.audit.AuditSeal;

/**
 * {@code ledger.audit.*}: where the audit log's seal key comes from, kept apart from the
 * database (docs/operations.md, "The audit log's seal key").
 *
 * @param sealKey the key itself, Base64 of at least 32 bytes; when not given the file is
 * read
 * @param sealKeyFile the file that holds the key, made with a random key on the first
 * start
 */
@ConfigurationProperties("ledger.audit")
public record AuditSealProperties(String sealKey, @DefaultValue("data/audit-seal.key") Path sealKeyFile) {

	public AuditSealProperties {
		sealKey = (sealKey == null || sealKey.isBlank()) ? null : sealKey.strip();
		if (sealKey != null && decoded(sealKey).length < AuditSeal.MIN_KEY_BYTES) {
			throw new IllegalArgumentException(
					"ledger.audit.seal-key must be Base64 of at least " + AuditSeal.MIN_KEY_BYTES + " bytes");
		}
	}

	/** The key's bytes, when it was given as a setting. */
	byte[] sealKeyBytes() {
		return (this.sealKey != null) ? decoded(this.sealKey) : null;
	}

	/** Never the key itself, which stays out of logs and failure reports. */
	@Override
	public String toString() {
		return "AuditSealProperties[sealKey=" + ((this.sealKey != null) ? "(given)" : "(none)") + ", sealKeyFile="
				+ this.sealKeyFile + "]";
	}

	private static byte[] decoded(String key) {
		try {
			return Base64.getDecoder().decode(key);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("ledger.audit.seal-key is not Base64", ex);
		}
	}

}
