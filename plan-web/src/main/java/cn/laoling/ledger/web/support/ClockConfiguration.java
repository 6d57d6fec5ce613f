package cn.laoling.ledger.web.support;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place that reads the system clock; everything else is handed this
 * {@link Clock}.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${ledger.time-zone:Asia/Shanghai}") ZoneId zone) {
		return Clock.system(zone);
	}

}
