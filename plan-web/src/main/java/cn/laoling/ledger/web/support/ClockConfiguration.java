package cn.laoling.ledger.web.support;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place that reads the system clock; everything else is handed this
 * {@link Clock}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClockProperties.class)
class ClockConfiguration {

	@Bean
	Clock clock(ClockProperties properties) {
		return Clock.system(properties.timeZone());
	}

}
