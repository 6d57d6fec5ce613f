package cn.laoling.ledger.plan.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.Target;

import static org.assertj.core.api.Assertions.assertThat;

class TargetReaderTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			创建老年友好型社区26个          | 26   | 个   | 老年友好型社区   | EXACTLY  | ONCE
			为182户困难老人家庭开展适老化改造 | 182  | 户   | 困难老人家庭     | EXACTLY  | ONCE
			建成7000张以上家庭养老床位       | 7000 | 张   | 家庭养老床位     | AT_LEAST | ONCE
			总面积50万平方米                | 50   | 万平方米 | 总面积        | EXACTLY  | ONCE
			规范健康管理率达70%以上          | 70   | %    | 规范健康管理率   | AT_LEAST | ONCE
			护理型床位占比不低于55%          | 55   | %    | 护理型床位占比   | AT_LEAST | ONCE
			每年培训养老护理员1000人次左右    | 1000 | 人次 | 养老护理员       | ABOUT    | PER_YEAR
			每年培训养老护理员1,500人次以上   | 1500 | 人次 | 养老护理员       | AT_LEAST | PER_YEAR
			每季度推出3条涉老服务相关的短视频  | 3    | 条   | 短视频          | EXACTLY  | PER_QUARTER
			全年开展法治讲座不少于12次        | 12   | 次   | 法治讲座        | AT_LEAST | ONCE
			等待时间控制在30%以内            | 30   | %    | 等待时间        | AT_MOST  | ONCE
			""")
	void readsACountOrRateWithItsMeasureSubjectComparatorAndRecurrence(String text, int value, String measure,
			String counted, Comparator comparator, Recurrence recurrence) {
		assertThat(TargetReader.read(text).targets()).extracting(Found::value).singleElement().satisfies((t) -> {
			assertThat(t.value().goal().intValue()).isEqualTo(value);
			assertThat(t.measure().symbol()).isEqualTo(measure);
			assertThat(t.counted()).isEqualTo(counted);
			assertThat(t.comparator()).isEqualTo(comparator);
			assertThat(t.recurrence()).isEqualTo(recurrence);
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			提供1000元/例的白内障复明康复救助金
			昆区现有14家养老机构
			已完成20张家庭养老床位建设
			根据商务部等12部门《关于推进城市一刻钟便民生活圈建设的意见》（商流通函〔2021〕176号）
			做好“十四五”规划编制，落实“千户万人”项目
			全面做实做细65岁以上老年人家庭医生签约服务
			提供包含1次体格检查的健康管理服务
			对首次办理遗嘱公证的年满80周岁老年人免收公证费
			""")
	void leavesNumbersThatAreNotTargets(String text) {
		assertThat(TargetReader.read(text).targets()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			新增老年食堂4-5家 | 4 | 5
			建设示范站3～5个   | 3 | 5
			""")
	void readsARange(String text, int low, int high) {
		Target target = TargetReader.read(text).targets().get(0).value();

		assertThat(target.value()).hasToString("Range[low=" + low + ", high=" + high + "]");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			区民政局增加医养服务床位220张
			摸排确定125名服务对象
			""")
	void inAReportOfWorkDoneOnlyBoundNumbersAreTargets(String text) {
		TargetReader.Reading reading = TargetReader.read(text, Simplifier.simplify(text), true);

		assertThat(reading.targets()).isEmpty();
		assertThat(reading.possibleTargets()).hasSize(1);
	}

}
