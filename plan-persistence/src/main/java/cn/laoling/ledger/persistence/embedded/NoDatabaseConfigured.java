package cn.laoling.ledger.persistence.embedded;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when nobody named a database: no {@code spring.datasource.url} and not the
 * {@code prod} profile. That is the zero-install demo.
 */
public class NoDatabaseConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return matches(context.getEnvironment());
	}

	public static boolean matches(Environment environment) {
		return !environment.containsProperty("spring.datasource.url")
				&& !environment.acceptsProfiles(Profiles.of("prod"));
	}

}
