package cn.laoling.ledger.plan.document;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.Deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Plans whose tasks are a table: a Word table, pasted from a spreadsheet, copied from a
 * web page.
 */
class TaskTablesTest {

	@Test
	void aWordTableIsATaskARowWithMergedUnitCellsSectionRowsAndRepeatedHeaders() {
		PlanParse parse = PlanDocumentParser.parse("""
				某区2023年老龄工作任务分工方案
				为做好2023年老龄工作，制定本方案。
				序号\t重点任务\t牵头单位\t责任单位\t完成时限
				一、健全养老服务体系
				1\t新建社区老年助餐点10个。\t区民政局\t各街道\t2023年6月底前
				2\t开展老年人能力评估，评估覆盖率达到80%以上。\t\t区卫健委、各街道\t2023年底
				序号\t重点任务\t牵头单位\t责任单位\t完成时限
				二、推进医养结合
				3\t65岁以上老年人健康管理率达到70%。\t区卫健委\t各社区卫生服务中心\t年内
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::number, ParsedTask::leadUnits, ParsedTask::responsibleUnits)
			.containsExactly(tuple("1", List.of("区民政局"), List.of("各街道")),
					tuple("2", List.of("区民政局"), List.of("区卫健委", "各街道")),
					tuple("3", List.of("区卫健委"), List.of("各社区卫生服务中心")));
		assertThat(parse.tasks()).extracting(ParsedTask::path)
			.containsExactly(List.of("一、健全养老服务体系"), List.of("一、健全养老服务体系"), List.of("二、推进医养结合"));
		assertThat(parse.sections()).containsExactly("一、健全养老服务体系", "二、推进医养结合");
		assertThat(parse.tasks().get(0).deadlines()).extracting(Deadline::date)
			.containsExactly(LocalDate.of(2023, 6, 30));
		assertThat(parse.tasks().get(2).text()).isEqualTo("65岁以上老年人健康管理率达到70%。");
		assertThat(parse.tasks().get(2).targets()).hasSize(1);
		assertThat(parse.warnings()).isEmpty();
	}

	@Test
	void aRowOfOneCellWithoutANumberIsASectionOfTheTableNotItsEnd() {
		PlanParse parse = PlanDocumentParser.parse("""
				某区2024年老龄工作任务分工表
				序号\t重点任务\t牵头单位\t责任单位\t完成时限
				养老服务体系建设
				1\t新建社区老年助餐点10个。\t区民政局\t各街道\t2024年6月底前
				健康支撑体系建设
				2\t65岁以上老年人健康管理率达到70%。\t区卫健委\t各社区卫生服务中心\t年内
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::number, ParsedTask::path)
			.containsExactly(tuple("1", List.of("养老服务体系建设")), tuple("2", List.of("健康支撑体系建设")));
		assertThat(parse.warnings()).isEmpty();
	}

	@Test
	void aTaskTableAttachedAfterProseGivesTheTasksAndTheProseThePlansFacts() {
		PlanParse parse = PlanDocumentParser.parse("""
				某市老龄工作实施方案（2023—2025年）
				一、总体要求
				以习近平新时代中国特色社会主义思想为指导，推动老龄事业高质量发展。
				二、保障措施
				各部门要加强协调配合。
				附件
				任务分工表
				序号\t工作任务\t牵头部门\t配合单位\t时间节点
				1\t完善养老服务设施布局。\t市民政局\t市自然资源局、市住建局\t2024年底前
				2\t到2025年，建成老年大学15所。\t市教育局\t市老干部局\t2025年
				""");

		assertThat(parse.kind()).isEqualTo(DocumentKind.PLAN);
		assertThat(parse.tasks()).extracting(ParsedTask::text, ParsedTask::leadUnits)
			.containsExactly(tuple("完善养老服务设施布局。", List.of("市民政局")), tuple("到2025年，建成老年大学15所。", List.of("市教育局")));
		assertThat(parse.tasks().get(1).deadlines()).extracting(Deadline::date)
			.containsExactly(LocalDate.of(2025, 12, 31));
	}

	@Test
	void aTableCopiedFromAWebPageOneCellALineIsReadRowByRow() {
		PlanParse parse = PlanDocumentParser.parse("""
				某区2024年老龄工作重点任务推进情况
				序号
				任务
				牵头单位
				计划完成时间
				进展情况
				1
				建设区级智慧养老服务平台
				区民政局
				2024年9月底
				平台已完成招标，正在开发。
				2
				开展“敬老月”系列活动
				区老龄办
				2024年10月
				已举办活动12场。
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::number, ParsedTask::text, ParsedTask::leadUnits)
			.containsExactly(tuple("1", "建设区级智慧养老服务平台", List.of("区民政局")), tuple("2", "开展“敬老月”系列活动", List.of("区老龄办")));
		assertThat(parse.tasks().get(0).deadlines()).extracting(Deadline::date)
			.containsExactly(LocalDate.of(2024, 9, 30));
		assertThat(parse.tasks()).extracting(ParsedTask::progress).containsExactly("平台已完成招标，正在开发。", "已举办活动12场。");
	}

	@Test
	void aPlanSaysNothingOfProgress() {
		assertThat(PlanDocumentParser.parse("""
				某区2023年老龄工作任务分工方案
				序号\t重点任务\t牵头单位\t责任单位
				1\t新建社区老年助餐点10个。\t区民政局\t各街道
				""").tasks()).extracting(ParsedTask::progress).containsExactly("");
	}

	@Test
	void aRowThatCannotBeReadIsAWarningNotASilentLoss() {
		PlanParse parse = PlanDocumentParser.parse("""
				某区2023年老龄工作任务分工方案
				序号\t重点任务\t牵头单位\t责任单位
				1\t新建社区老年助餐点10个。\t区民政局\t各街道
				2\t\t区卫健委\t各街道
				3\t开展老年健康宣传周活动。\t区卫健委\t
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::number).containsExactly("1", "3");
		assertThat(parse.warnings()).extracting(ParseWarning::code).containsExactly("table.rowUnread");
	}

	@Test
	void aCellThatSaysWhoDoesWhatIsReadAsItSays() {
		PlanParse parse = PlanDocumentParser.parse("""
				某区2023年老龄工作任务分工方案
				序号\t工作内容\t责任单位\t完成时间
				1\t新建社区老年助餐点10个。\t区民政局牵头，各街道配合\t2023年底
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::leadUnits, ParsedTask::responsibleUnits)
			.containsExactly(tuple(List.of("区民政局"), List.of("各街道")));
	}

}
