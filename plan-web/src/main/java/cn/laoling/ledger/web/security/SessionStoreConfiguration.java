package cn.laoling.ledger.web.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
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

	/**
	 * A request that changes nothing in its session but the time of its last request
	 * writes that time only once a minute ({@link SessionLifetime#LAST_SEEN_PRECISION}).
	 * Every write is a commit that waits for the disk (the database keeps what it
	 * acknowledged), and a page that read nothing but wrote its session on every view
	 * made the quarter-end rush ten times slower; an update that matches no row commits
	 * nothing. The session then ends between 29 and 30 minutes after the last request
	 * ({@link SessionLifetime} measures to the minute as well). Parameters as Spring
	 * Session binds them: id, last access, max inactive, expiry, principal, primary key.
	 */
	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOnceAMinute() {
		return (repository) -> repository.setUpdateSessionQuery("""
				update %TABLE_NAME% as stored set session_id = given.session_id,
				  last_access_time = given.last_access_time, max_inactive_interval = given.max_inactive_interval,
				  expiry_time = given.expiry_time, principal_name = given.principal_name
				from (select ?::char(36) as session_id, ?::bigint as last_access_time, ?::int as max_inactive_interval,
				  ?::bigint as expiry_time, ?::varchar(100) as principal_name, ?::char(36) as primary_id) as given
				where stored.primary_id = given.primary_id
				  and (stored.session_id <> given.session_id
				    or stored.max_inactive_interval <> given.max_inactive_interval
				    or stored.principal_name is distinct from given.principal_name
				    or given.last_access_time - stored.last_access_time >= {precision})""".replace("{precision}",
				String.valueOf(SessionLifetime.LAST_SEEN_PRECISION.toMillis())));
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
