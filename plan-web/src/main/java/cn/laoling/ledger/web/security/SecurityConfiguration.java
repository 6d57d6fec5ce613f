package cn.laoling.ledger.web.security;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.HandlerMapping;

import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.web.audit.AuditTrail;

/**
 * One filter chain, deny by default: each page is opened to the roles that use it, and
 * the services check region and unit scope on top. The three administrators see only
 * their own pages, and none of them reaches a page that writes business data.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] READERS = { "OFFICE", "LEADER", "LIAISON" };

	/** The static files, also under their content-versioned names (StaticResources). */
	private static final String[] STATIC = { "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon-*.ico" };

	static boolean isStaticResource(String path) {
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| (path.startsWith("/favicon") && path.endsWith(".ico"));
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginOutcomes loginOutcomes,
			ThrottledLogin throttledLogin, AuditTrail audit, Accounts accounts, Clock clock,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> pages) throws Exception {
		// the only way to log in: no parent manager would check a password it refused
		http.authenticationManager(new ProviderManager(throttledLogin));
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(STATIC)
			.permitAll()
			.requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**")
			.permitAll()
			// info and metrics only on the separate management port, never on the users'
			.requestMatchers(new ManagementPort())
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/", "/password")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/password")
			.authenticated()
			// 老龄办: the ledger and the unit registry
			.requestMatchers(HttpMethod.GET, "/plans/new", "/plans/import", "/plans/import/*", "/plans/import-sheet",
					"/plans/import-sheet/*", "/plans/*/edit", "/plans/*/tasks/new", "/tasks/*/edit",
					"/tasks/*/targets/*/quotas", "/tasks/*/targets/*/years", "/units", "/units/new", "/units/*/edit",
					"/units/*/merge")
			.hasRole("OFFICE")
			.requestMatchers(HttpMethod.POST, "/plans", "/plans/import", "/plans/import/*", "/plans/import/*/cancel",
					"/plans/import-sheet", "/plans/import-sheet/*", "/plans/import-sheet/*/cancel", "/plans/*/edit",
					"/plans/*/withdraw", "/plans/*/delete", "/plans/*/tasks", "/tasks/*/edit", "/tasks/*/delete",
					"/tasks/*/targets/*/quotas", "/tasks/*/targets/*/quotas/sheet", "/tasks/*/targets/*/years",
					"/plans/*/years/*/close", "/units", "/units/*/edit", "/units/*/delete", "/units/*/merge")
			.hasRole("OFFICE")
			// 老龄办: reviewing reports
			.requestMatchers(HttpMethod.GET, "/review", "/review/*", "/review/*/evidence/*", "/plans/*/periods")
			.hasRole("OFFICE")
			.requestMatchers(HttpMethod.POST, "/review/*/accept", "/review/*/return", "/tasks/*/close-out",
					"/tasks/*/reopen", "/plans/*/periods/*/due", "/plans/*/periods/*/close",
					"/plans/*/periods/*/reopen", "/extensions/*/grant", "/extensions/*/refuse")
			.hasRole("OFFICE")
			// 进度通报: the office drafts and publishes, a leader signs off, a liaison
			// acknowledges
			.requestMatchers(HttpMethod.GET, "/notices/*/edit")
			.hasRole("OFFICE")
			.requestMatchers(HttpMethod.POST, "/notices", "/notices/*/edit", "/notices/*/submit", "/notices/*/withdraw",
					"/notices/*/publish", "/notices/*/discard", "/notices/*/correct")
			.hasRole("OFFICE")
			.requestMatchers(HttpMethod.POST, "/notices/*/sign", "/notices/*/send-back")
			.hasRole("LEADER")
			.requestMatchers(HttpMethod.POST, "/notices/*/acknowledge")
			.hasRole("LIAISON")
			.requestMatchers(HttpMethod.GET, "/notices", "/notices/*", "/notices/*/docx")
			.hasAnyRole(READERS)
			// 专项工作提示, reminders and the working calendar: the office writes and keeps
			// them,
			// units acknowledge and answer, leaders read
			.requestMatchers(HttpMethod.GET, "/prompts/new", "/reminders", "/calendar")
			.hasRole("OFFICE")
			.requestMatchers(HttpMethod.POST, "/prompts", "/prompts/new", "/reminders/run", "/calendar",
					"/calendar/*/delete")
			.hasRole("OFFICE")
			.requestMatchers(HttpMethod.POST, "/prompts/*/acknowledge", "/prompts/*/answer")
			.hasRole("LIAISON")
			.requestMatchers(HttpMethod.GET, "/prompts", "/prompts/*")
			.hasAnyRole(READERS)
			// 通知中心: each reads what was addressed to them (a unit, or the region's
			// office or leaders)
			.requestMatchers(HttpMethod.GET, "/notifications")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.POST, "/notifications/*/open", "/notifications/read-all")
			.hasAnyRole(READERS)
			// 联络员: their unit's reports
			.requestMatchers(HttpMethod.GET, "/reports", "/tasks/*/reports/*", "/tasks/*/reports/*/evidence",
					"/tasks/*/reports/*/evidence/*")
			.hasRole("LIAISON")
			.requestMatchers(HttpMethod.POST, "/tasks/*/reports/*", "/tasks/*/reports/*/evidence",
					"/tasks/*/reports/*/evidence/*/delete", "/tasks/*/reports/*/chase", "/tasks/*/extension")
			.hasRole("LIAISON")
			.requestMatchers(HttpMethod.GET, "/overview", "/plans", "/plans/*", "/plans/*/export", "/tasks/*",
					"/plans/*/years", "/plans/*/years/*", "/plans/*/years/*/export")
			.hasAnyRole(READERS)
			// 系统管理员: accounts, liaison bindings, regions
			.requestMatchers(HttpMethod.GET, "/admin/accounts")
			.hasAnyRole("SYSTEM_ADMIN", "SECURITY_ADMIN")
			.requestMatchers(HttpMethod.GET, "/admin/accounts/new", "/admin/accounts/*/edit", "/admin/regions")
			.hasRole("SYSTEM_ADMIN")
			.requestMatchers(HttpMethod.POST, "/admin/accounts", "/admin/accounts/*/edit", "/admin/accounts/*/disable",
					"/admin/accounts/*/enable", "/admin/regions", "/admin/regions/*/rename")
			.hasRole("SYSTEM_ADMIN")
			// 安全管理员: roles, unlocking, password resets
			.requestMatchers(HttpMethod.GET, "/admin/accounts/*/role")
			.hasRole("SECURITY_ADMIN")
			.requestMatchers(HttpMethod.POST, "/admin/accounts/*/role", "/admin/accounts/*/unlock",
					"/admin/accounts/*/reset-password")
			.hasRole("SECURITY_ADMIN")
			// 审计管理员: the audit log, nobody else
			.requestMatchers(HttpMethod.GET, "/audit", "/audit/export")
			.hasRole("AUDIT_ADMIN")
			.requestMatchers(HttpMethod.POST, "/audit/verify")
			.hasRole("AUDIT_ADMIN")
			.anyRequest()
			.denyAll())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(loginOutcomes)
				.failureHandler(loginOutcomes)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.addLogoutHandler(new AuditedLogout(audit))
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies("JSESSIONID", "SESSION"))
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(new UndecodableCsrfTokens()))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new AuditedAccessDenied(audit, pages))
				.authenticationEntryPoint(new LoginEntry()))
			.addFilterBefore(new SessionLifetime(clock, audit), AuthorizationFilter.class)
			.addFilterAfter(new SessionRevocation(accounts, audit), SessionLifetime.class)
			.addFilterAfter(new PasswordChangeGate(), SessionRevocation.class)
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
						+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
