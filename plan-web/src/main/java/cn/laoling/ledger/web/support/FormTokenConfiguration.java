package cn.laoling.ledger.web.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Installs the one-time form token: into every form, beside Spring Security's CSRF token,
 * and checked on every POST that carries one.
 */
@Configuration(proxyBeanMethods = false)
class FormTokenConfiguration implements WebMvcConfigurer {

	private final FormTokenClaims claims;

	FormTokenConfiguration(FormTokenClaims claims) {
		this.claims = claims;
	}

	@Bean
	static BeanPostProcessor formTokensInEveryForm() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof RequestDataValueProcessor processor && !(bean instanceof FormTokens))
						? new FormTokens(processor) : bean;
			}

		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new DoubleSubmitGuard(this.claims));
	}

}
