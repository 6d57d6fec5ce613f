package cn.laoling.ledger.plan.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A document's import never loses a task silently. */
class TaskNumberingTest {

	@Test
	void readsATaskThatStartsWithANumberAsTheTaskItsNumberSays() {
		PlanParse parse = PlanDocumentParser.parse("""
				测试区2026年老龄工作方案
				二、重点任务
				1.新建老年食堂3个。
				牵头单位：区民政局
				2.开展敬老月活动。
				牵头单位：区老龄办
				3.65岁以上老年人规范健康管理率达到70%以上。
				牵头单位：区卫健委
				4.新增老年大学教学点1个。
				牵头单位：区委老干部局
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::number, ParsedTask::leadUnits)
			.containsExactly(tuple("1", List.of("区民政局")), tuple("2", List.of("区老龄办")), tuple("3", List.of("区卫健委")),
					tuple("4", List.of("区委老干部局")));
		assertThat(parse.tasks().get(1).text()).isEqualTo("开展敬老月活动。");
		assertThat(parse.tasks().get(2).text()).isEqualTo("65岁以上老年人规范健康管理率达到70%以上。");
		assertThat(parse.tasks().get(2).targets()).singleElement()
			.satisfies((t) -> assertThat(t.value().goal()).isEqualByComparingTo("70"));
		assertThat(parse.warnings()).as("the reading is named at the task for the office to check")
			.containsExactly(new ParseWarning("task.numberBeforeDigits", "3", List.of("3.65岁以上老年人规范健康管理率达到7…")));
	}

	@Test
	void keepsANumberThatFollowsItsOwnTaskOrComesBeforeTheTaskOfThatNumberInTheText() {
		PlanParse parse = PlanDocumentParser.parse("""
				测试区2026年老龄工作方案
				二、重点任务
				1.开展老年人健康体检：
				1.5万名65岁以上老年人接受免费体检。
				牵头单位：区卫健委
				2.完善老年助餐服务：
				3.5万人次老年人在社区食堂就餐。
				牵头单位：区民政局
				3.新增老年大学教学点1个。
				牵头单位：区委老干部局
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "3");
		assertThat(parse.tasks().get(0).text()).endsWith("1.5万名65岁以上老年人接受免费体检。");
		assertThat(parse.tasks().get(1).text()).endsWith("3.5万人次老年人在社区食堂就餐。");
		assertThat(parse.warnings()).isEmpty();
	}

	@Test
	void aSkippedNumberIsAWarningAtTheTaskAfterTheGap() {
		PlanParse parse = PlanDocumentParser.parse("""
				测试区2026年老龄工作方案
				二、重点任务
				1.新建老年食堂3个。
				牵头单位：区民政局
				2.开展敬老月活动。
				牵头单位：区老龄办
				4.新增老年大学教学点1个。
				牵头单位：区委老干部局
				7.开展老年健康宣传周活动。
				牵头单位：区卫健委
				""");

		assertThat(parse.warnings()).containsExactly(new ParseWarning("task.numberSkipped", "4", List.of("3")),
				new ParseWarning("task.numberSkipped", "7", List.of("5、6")));
	}

	@Test
	void numbersGoOnOrStartAgainInANewSectionAndAreSkippedInEveryNumbering() {
		PlanParse parse = PlanDocumentParser.parse("""
				测试区2026年老龄工作方案
				一、总体要求
				坚持以人民为中心。
				二、重点任务
				（一）养老服务
				1.新建老年食堂3个。
				牵头单位：区民政局
				2.开展敬老月活动。
				牵头单位：区老龄办
				（二）健康服务
				1.开展老年健康宣传周活动。
				牵头单位：区卫健委
				（四）文化服务
				2.新增老年大学教学点1个。
				牵头单位：区委老干部局
				3.开展老年人运动会。
				牵头单位：区文旅局
				""");

		assertThat(parse.warnings()).containsExactly(new ParseWarning("task.numberSkipped", "四2", List.of("四1")));
		assertThat(PlanDocumentParser.parse("""
				测试区2026年老龄工作方案
				二、重点任务
				（一）养老服务
				1.新建老年食堂3个。
				牵头单位：区民政局
				2.开展敬老月活动。
				牵头单位：区老龄办
				（二）健康服务
				3.开展老年健康宣传周活动。
				牵头单位：区卫健委
				（三）文化服务
				5.新增老年大学教学点1个。
				牵头单位：区委老干部局
				""").warnings()).containsExactly(new ParseWarning("task.numberSkipped", "5", List.of("4")));
		assertThat(PlanDocumentParser.parse("""
				测试区2026年老龄工作方案
				二、重点任务
				（一）新建老年食堂3个。
				牵头单位：区民政局
				（二）开展敬老月活动。
				牵头单位：区老龄办
				（四）新增老年大学教学点1个。
				牵头单位：区委老干部局
				""").warnings()).containsExactly(new ParseWarning("task.numberSkipped", "（四）", List.of("（三）")));
	}

	@Test
	void aTaskWhoseWordsHoldTheNextTasksNumberIsAWarningAtThatTask() {
		PlanParse parse = PlanDocumentParser.parse("""
				测试区2026年老龄工作方案
				二、重点任务
				1.新建老年食堂3个。
				牵头单位：区民政局
				2.开展敬老月活动，评选孝亲敬老之星。3.建立老年人能力评估制度，年内完成评估1000人。
				牵头单位：区老龄办
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
		assertThat(parse.warnings())
			.containsExactly(new ParseWarning("task.nextInside", "2", List.of("3", "3.建立老年人能力评估制度，年内完成评估…")));
	}

	@Test
	void aLineOfItsOwnWithTheNextNumberIsAWarningButATasksOwnListIsNot() {
		PlanParse parse = PlanDocumentParser.parse("""
				测试区2026年老龄工作方案
				二、重点任务
				1.新建老年食堂3个。
				牵头单位：区民政局
				2.开展敬老月活动。
				3.
				建立老年人能力评估制度。
				牵头单位：区老龄办
				""");
		PlanParse ownList = PlanDocumentParser.parse("""
				测试区2026年老龄工作方案
				二、重点任务
				1.新建老年食堂3个。
				牵头单位：区民政局
				2.开展老年健康宣传周活动：1.义诊；2.健康讲座；3.免费体检。
				牵头单位：区卫健委
				""");

		assertThat(parse.warnings()).containsExactly(new ParseWarning("task.nextInside", "2", List.of("3", "3.")));
		assertThat(ownList.warnings()).isEmpty();
	}

	@Test
	void aTableThatRestatesTheTasksGivesThemWithItsUnitsAndDeadlines() {
		PlanParse parse = PlanDocumentParser.parse("""
				测试区2026年老龄工作方案
				二、重点任务
				1.新建老年食堂3个。
				牵头单位：区民政局
				2.开展敬老月活动。
				牵头单位：区老龄办
				任务分工表
				序号\t工作任务\t牵头单位\t责任单位\t完成时限
				1\t新建老年食堂\t区民政局\t各街镇\t2026年6月底
				2\t开展敬老月活动\t区老龄办\t区老龄委各成员单位\t2026年10月底
				三、保障措施
				（一）加强组织领导。
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::text, ParsedTask::responsibleUnits)
			.containsExactly(tuple("新建老年食堂", List.of("各街镇")), tuple("开展敬老月活动", List.of("区老龄委各成员单位")));
		assertThat(parse.warnings()).isEmpty();
	}

	@Test
	void aTableOfFewerTasksGluedToATaskIsAWarningAtThatTask() {
		PlanParse parse = PlanDocumentParser.parse("""
				测试区2026年老龄工作方案
				二、重点任务
				1.新建老年食堂3个。
				牵头单位：区民政局
				2.开展老年健康宣传周活动。
				牵头单位：区卫健委
				3.开展敬老月活动。
				牵头单位：区老龄办
				重点项目表
				序号\t工作任务\t牵头单位\t责任单位\t完成时限
				1\t新建老年食堂\t区民政局\t各街镇\t2026年6月底
				2\t开展敬老月活动\t区老龄办\t区老龄委各成员单位\t2026年10月底
				三、保障措施
				（一）加强组织领导。
				""");

		assertThat(parse.tasks()).hasSize(3);
		assertThat(parse.warnings()).containsExactly(new ParseWarning("task.tableRows", "3", List.of("3")));
	}

	@Test
	void theSeedDocumentsHaveNoGapsNoSwallowedTasksAndNoTables() {
		for (String seed : List.of("000", "001", "002", "003")) {
			assertThat(Seeds.parse(seed).warnings()).as(seed)
				.extracting(ParseWarning::code)
				.doesNotContain("task.numberSkipped", "task.numberBeforeDigits", "task.nextInside", "task.tableRows");
		}
	}

}
