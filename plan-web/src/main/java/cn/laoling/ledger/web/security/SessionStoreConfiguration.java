package cn.laoling.ledger.web.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;

import cn.laoling.ledger.web.error.DatabaseUnavailable;

/**
 * Sessions are kept in PostgreSQL by Spring Session JDBC (its tables made by Flyway,
 * V32), found by the {@code SESSION} cookie, so that any instance of the application
 * continues any session. While the 503 page says that the database cannot be reached, the
 * session cookie is not read: the session would be looked for in the database, and the
 * page would fail in its turn.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Requests of one session at once (htmx, a page's parallel loads) may each add the
	 * same attribute, such as the CSRF token of a new session: an upsert, not an insert
	 * that fails on the other's row.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributesWrittenByUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	static BeanPostProcessor noSessionOnTheDatabaseDownPage() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof CookieSerializer cookies) ? unlessDatabaseDown(cookies) : bean;
			}

		};
	}

	private static CookieSerializer unlessDatabaseDown(CookieSerializer cookies) {
		return new CookieSerializer() {

			@Override
			public void writeCookieValue(CookieValue value) {
				cookies.writeCookieValue(value);
			}

			@Override
			public List<String> readCookieValues(HttpServletRequest request) {
				return DatabaseUnavailable.isReported(request) ? List.of() : cookies.readCookieValues(request);
			}

		};
	}

}
