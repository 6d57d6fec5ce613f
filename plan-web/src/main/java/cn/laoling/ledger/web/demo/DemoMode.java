package cn.laoling.ledger.web.demo;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import cn.laoling.ledger.persistence.embedded.NoDatabaseConfigured;

/**
 * The demo setup: the embedded database of a run without configuration, or
 * {@code ledger.demo-data.enabled=true} (the tests). Only here do demo accounts exist.
 */
public class DemoMode implements Condition {

	static boolean isOn(Environment environment) {
		Boolean explicit = Binder.get(environment)
			.bind(DemoDataProperties.PREFIX, DemoDataProperties.class)
			.map(DemoDataProperties::enabled)
			.orElse(null);
		return (explicit != null) ? explicit : NoDatabaseConfigured.matches(environment);
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isOn(context.getEnvironment());
	}

	public static class Off implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !isOn(context.getEnvironment());
		}

	}

}
