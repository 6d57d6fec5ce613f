package cn.laoling.ledger.plan.document;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanPeriod;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineReaderTest {

	@ParameterizedTest(name = "{0} in a {1} plan → {2}")
	@CsvSource(delimiter = '|', textBlock = """
			到2022年底，创建社区26个 | 2022      | 2022-12-31 | 到2022年底
			2022年5月底，设置便利设施  | 2022      | 2022-05-31 | 2022年5月底
			6月底前完成优先结算通道     | 2022      | 2022-06-30 | 6月底前
			年内开展惠民活动120场      | 2022      | 2022-12-31 | 年内
			到2025年，全区各镇办成基地  | 2023-2025 | 2025-12-31 | 到2025年
			2022年底前出台制度         | 2022      | 2022-12-31 | 2022年底前
			2024年10月15日前报送      | 2024      | 2024-10-15 | 2024年10月15日前
			2023年上半年完成摸底       | 2023-2025 | 2023-06-30 | 2023年上半年
			第三季度末前完成验收        | 2024      | 2024-09-30 | 第三季度末前
			2024年，全区完成改造不少于90户 | 2024  | 2024-12-31 | 2024年
			2022年6月底前建成服务中心   | 2022      | 2022-06-30 | 2022年6月底前
			5年内实现全覆盖            | 2023-2027 | 2027-12-31 | 5年内
			三年内建成示范社区          | 2023-2027 | 2025-12-31 | 三年内
			2023年10月底               | 2023      | 2023-10-31 | 2023年10月底
			到“十四五”末，建成体系      | 2021-2025 | 2025-12-31 | 到“十四五”末
			2026年10月                | 2026      | 2026-10-31 | 2026年10月
			2025年12月份              | 2025      | 2025-12-31 | 2025年12月份
			""")
	void resolvesWrittenDeadlinesAgainstThePlansPeriod(String text, String years, LocalDate date, String wording) {
		assertThat(DeadlineReader.read(text, period(years))).extracting(Found::value)
			.containsExactly(Deadline.written(date, wording));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			依托2021年建成的7个中心
			根据2019年印发的《规范》
			长期坚持，持续推进
			每季度推出3条短视频
			2022年10月印发实施方案
			""")
	void findsNoDeadlineInDatesThatAreNotOne(String text) {
		assertThat(DeadlineReader.read(text, PlanPeriod.year(2022))).isEmpty();
	}

	private static PlanPeriod period(String years) {
		String[] ends = years.split("-");
		return PlanPeriod.years(Integer.parseInt(ends[0]), Integer.parseInt(ends[ends.length - 1]));
	}

}
