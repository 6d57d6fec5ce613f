package cn.laoling.ledger.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * One filter chain, deny by default: each page is opened to the roles that use it, and
 * the services check region and unit scope on top.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] READERS = { "OFFICE", "LEADER", "LIAISON", "ADMIN" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/actuator/health",
					"/actuator/health/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/plans/new", "/plans/*/edit", "/plans/*/tasks/new", "/tasks/*/edit",
					"/units", "/units/new", "/units/*/edit")
			.hasRole("OFFICE")
			.requestMatchers(HttpMethod.POST, "/plans", "/plans/*/edit", "/plans/*/tasks", "/tasks/*/edit",
					"/tasks/*/delete", "/units", "/units/*/edit")
			.hasRole("OFFICE")
			.requestMatchers(HttpMethod.GET, "/", "/plans", "/plans/*", "/tasks/*")
			.hasAnyRole(READERS)
			.anyRequest()
			.denyAll())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/plans", true).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.deleteCookies("JSESSIONID"))
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
