package cn.laoling.ledger.web.support;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own configuration files as Spring Boot reads them for a profile: in
 * production the session cookie is marked {@code Secure} and the actuator listens on a
 * port of its own; every profile keeps redirects relative.
 */
class ProductionProfileTest {

	@Test
	void theProdProfileSendsTheSessionCookieOnlyOverHttps() {
		assertThat(setting("prod", "server.servlet.session.cookie.secure")).isEqualTo("true");
		assertThat(setting("default", "server.servlet.session.cookie.secure")).as("the demo over plain HTTP").isNull();
	}

	@Test
	void redirectsAreRelativeInEveryProfile() {
		assertThat(setting("prod", "server.tomcat.use-relative-redirects")).isEqualTo("true");
		assertThat(setting("default", "server.tomcat.use-relative-redirects")).isEqualTo("true");
	}

	@Test
	void inProductionTheActuatorHasAPortOfItsOwnWhileTheDemoSharesTheApplicationsPort() {
		assertThat(setting("prod", "management.server.port")).isEqualTo("8081");
		assertThat(setting("default", "management.server.port")).isNull();
	}

	private static String setting(String profile, String name) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Nothing.class)
			.web(WebApplicationType.NONE)
			.profiles(profile)
			.logStartupInfo(false)
			.run()) {
			return Binder.get(context.getEnvironment()).bind(name, String.class).orElse(null);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Nothing {

	}

}
