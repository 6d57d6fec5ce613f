package cn.laoling.ledger.web.plan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.laoling.ledger.report.LightRules;

/**
 * The traffic lights' thresholds, in percentage points behind 序时进度: by default yellow
 * from 10, red beyond 30, 超进度 from 10 ahead; an office with other rules sets
 * {@code ledger.lights.*} ({@link LightRulesProperties}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LightRulesProperties.class)
class LightRulesConfiguration {

	@Bean
	LightRules lightRules(LightRulesProperties properties) {
		return properties.rules();
	}

}
