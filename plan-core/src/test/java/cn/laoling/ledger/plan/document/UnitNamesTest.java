package cn.laoling.ledger.plan.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitNamesTest {

	@Test
	void splitsOnEveryWrittenSeparator() {
		assertThat(UnitNames.split("区住建局、财政局，民政局;应急局  残联")).containsExactly("区住建局", "财政局", "民政局", "应急局", "残联");
	}

	@Test
	void keepsCollectiveNamesWhole() {
		assertThat(UnitNames.split("市民政局、各县、市、区政府")).containsExactly("市民政局", "各县、市、区政府");
		assertThat(UnitNames.split("各区、市政府")).containsExactly("各区、市政府");
		assertThat(UnitNames.split("各街镇、区卫健委")).containsExactly("各街镇", "区卫健委");
	}

	@Test
	void dropsATrailingEtcAndFullStopAndTheDutyWords() {
		assertThat(UnitNames.split("税务总局等按职责分工负责。")).containsExactly("税务总局");
		assertThat(UnitNames.split("区老龄委各成员单位等。")).containsExactly("区老龄委各成员单位");
	}

	@Test
	void tellsAPersonFromAUnit() {
		assertThat(UnitNames.isPerson("张三副区长")).isTrue();
		assertThat(UnitNames.isPerson("李四（区民政局局长）")).isTrue();
		assertThat(UnitNames.isPerson("区民政局")).isFalse();
		assertThat(UnitNames.isPerson("区老龄委各成员单位")).isFalse();
	}

}
