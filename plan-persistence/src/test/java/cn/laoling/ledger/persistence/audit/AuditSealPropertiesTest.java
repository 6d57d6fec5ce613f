package cn.laoling.ledger.persistence.audit;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code ledger.audit.*} as operators give it: the environment variable the compose file
 * and the operations guide name ({@code LEDGER_AUDIT_SEAL_KEY}) still reaches the typed
 * setting, and a key too short to seal with stops the start.
 */
class AuditSealPropertiesTest {

	private static final String KEY = "2dKd5idy/Vik2k/JxGqpF+LfVHZShCYyOJ/EfbKQ+cM=";

	@Test
	void theEnvironmentVariableOfTheComposeFileStillGivesTheKey() {
		AuditSealProperties properties = bind(Map.of("LEDGER_AUDIT_SEAL_KEY", KEY));

		assertThat(properties.sealKeyBytes()).hasSize(32);
		assertThat(properties.sealKeyFile()).isEqualTo(Path.of("data/audit-seal.key"));
		assertThat(properties.toString()).doesNotContain(KEY);
	}

	@Test
	void aKeyShorterThan32BytesStopsTheStart() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> bind(Map.of("LEDGER_AUDIT_SEAL_KEY", "c2hvcnQ=")))
			.withStackTraceContaining("ledger.audit.seal-key must be Base64 of at least 32 bytes");
	}

	private static AuditSealProperties bind(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(
					"test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		ConfigurationPropertySources.attach(environment);
		return Binder.get(environment).bindOrCreate("ledger.audit", AuditSealProperties.class);
	}

}
