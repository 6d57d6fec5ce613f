package cn.laoling.ledger.web.security;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ViewerConfiguration implements WebMvcConfigurer {

	private final Viewers viewers;

	ViewerConfiguration(Viewers viewers) {
		this.viewers = viewers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ViewerArgumentResolver(this.viewers));
	}

}
