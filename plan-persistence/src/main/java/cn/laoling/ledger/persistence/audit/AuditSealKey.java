package cn.laoling.ledger.persistence.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.laoling.ledger.audit.AuditSeal;

/**
 * The key of the audit log's seal, kept by the application and never in the database:
 * given as {@code ledger.audit.seal-key} (Base64, at least 32 bytes), or read from
 * {@code ledger.audit.seal-key-file} (default {@code data/audit-seal.key}), which is made
 * with a random key on the first start. Whoever holds the key and may write the database
 * can forge the log, so keep it away from the database's owner and back it up apart from
 * the database: without it no sealed row can be checked.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditSealProperties.class)
class AuditSealKey {

	private static final Logger log = LoggerFactory.getLogger(AuditSealKey.class);

	@Bean
	AuditSeal auditSeal(AuditSealProperties properties) {
		if (properties.sealKey() != null) {
			return new AuditSeal(properties.sealKeyBytes());
		}
		Path file = properties.sealKeyFile();
		try {
			if (Files.notExists(file)) {
				create(file);
			}
			return new AuditSeal(Base64.getDecoder().decode(Files.readString(file).strip()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the audit seal key " + file.toAbsolutePath(), ex);
		}
	}

	private static void create(Path file) throws IOException {
		byte[] key = new byte[AuditSeal.MIN_KEY_BYTES];
		new SecureRandom().nextBytes(key);
		Path parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
		catch (FileAlreadyExistsException ex) {
			return;
		}
		Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
		log.warn("Made a new audit seal key in {}: back it up apart from the database (docs/operations.md)",
				file.toAbsolutePath());
	}

}
