package cn.laoling.ledger.web.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import cn.laoling.ledger.report.LightRules;

/**
 * {@code ledger.lights.*}: the traffic lights' thresholds, in percentage points against
 * 序时进度. Their order (yellow not above red) is {@link LightRules}' own rule.
 *
 * @param yellowFrom behind by this many points or more is yellow
 * @param redFrom behind by more than this many points is red
 * @param aheadFrom ahead by this many points or more is 超进度
 */
@ConfigurationProperties("ledger.lights")
@Validated
public record LightRulesProperties(@DefaultValue("10") @Min(0) @Max(100) int yellowFrom,
		@DefaultValue("30") @Min(0) @Max(100) int redFrom, @DefaultValue("10") @Min(0) @Max(100) int aheadFrom) {

	LightRules rules() {
		return new LightRules(this.yellowFrom, this.redFrom, this.aheadFrom);
	}

}
