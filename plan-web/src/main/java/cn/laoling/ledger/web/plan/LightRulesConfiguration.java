package cn.laoling.ledger.web.plan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.laoling.ledger.report.LightRules;

/**
 * The traffic lights' thresholds, in percentage points behind 序时进度: by default yellow
 * from 10, red beyond 30, 超进度 from 10 ahead; an office with other rules sets
 * {@code ledger.lights.*}.
 */
@Configuration(proxyBeanMethods = false)
class LightRulesConfiguration {

	@Bean
	LightRules lightRules(@Value("${ledger.lights.yellow-from:10}") int yellowFrom,
			@Value("${ledger.lights.red-from:30}") int redFrom,
			@Value("${ledger.lights.ahead-from:10}") int aheadFrom) {
		return new LightRules(yellowFrom, redFrom, aheadFrom);
	}

}
