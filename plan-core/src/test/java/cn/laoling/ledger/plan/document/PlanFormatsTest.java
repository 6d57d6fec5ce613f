package cn.laoling.ledger.plan.document;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Formats met in real plans beyond the seeds. */
class PlanFormatsTest {

	@Test
	void readsUnitsInBracketsAtTheEndOfATaskTheWayNationalPlansWriteThem() {
		PlanParse parse = PlanDocumentParser.parse("""
				关于加强新时代老龄工作的实施方案（2022-2025年）
				一、主要任务
				1. 完善养老保险制度，扩大覆盖面。（人力资源社会保障部、财政部牵头，税务总局等按职责分工负责。）
				2. 健全基本养老服务体系，到2025年底建成一批示范项目。（市民政局牵头，各区、市政府负责落实）
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::leadUnits, ParsedTask::responsibleUnits)
			.containsExactly(tuple(List.of("人力资源社会保障部", "财政部"), List.of("税务总局")),
					tuple(List.of("市民政局"), List.of("各区、市政府")));
		assertThat(parse.tasks().get(0).text()).isEqualTo("完善养老保险制度，扩大覆盖面。");
		assertThat(parse.period()).isEqualTo(PlanPeriod.years(2022, 2025));
	}

	@Test
	void readsLabelSynonymsAndNeverTakesAPersonForAUnit() {
		PlanParse parse = PlanDocumentParser.parse("""
				某区2024年老龄工作要点
				二、重点工作
				（一）推进老年助餐服务，新增老年食堂4-5家。
				牵头责任单位：区民政局
				协同（责任）单位：区财政局；区市场监管局
				责任领导：张三副区长
				（二）开展老年健康宣传周活动。
				牵头单位：区卫健委　　配合单位：各街道、区老龄委各成员单位等。
				责任科室：老龄健康科
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::number, ParsedTask::leadUnits, ParsedTask::responsibleUnits)
			.containsExactly(tuple("（一）", List.of("区民政局"), List.of("区财政局", "区市场监管局")),
					tuple("（二）", List.of("区卫健委"), List.of("各街道", "区老龄委各成员单位", "老龄健康科")));
		assertThat(parse.tasks().get(0).targets()).singleElement()
			.satisfies((t) -> assertThat(t.value()).hasToString("Range[low=4, high=5]"));
		assertThat(parse.tasks()).noneMatch((t) -> t.text().contains("张三"));
	}

	@Test
	void appliesAClauseForAllFollowingTasksAndKeepsCollectiveNamesWhole() {
		PlanParse parse = PlanDocumentParser.parse("""
				某市2023年积极应对人口老龄化重点任务分工方案
				以下各项工作均需各县、市、区政府负责落实，不再一一列出。
				1、实施普惠养老城企联动专项行动。市发展改革委牵头，市民政局配合。
				2、开展智慧健康养老应用试点。
				市工业和信息化局牵头
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::leadUnits, ParsedTask::responsibleUnits)
			.containsExactly(tuple(List.of("市发展改革委"), List.of("市民政局", "各县、市、区政府")),
					tuple(List.of("市工业和信息化局"), List.of("各县、市、区政府")));
		assertThat(parse.tasks().get(0).text()).as("the units are not the task's words").isEqualTo("实施普惠养老城企联动专项行动。");
	}

	@Test
	void foldsSubItemsIntoTheTaskThatCarriesTheUnits() {
		PlanParse parse = PlanDocumentParser.parse("""
				某区2023年老龄工作实施方案
				一、重点任务
				（一）养老服务
				1.建设社区养老服务设施：
				(1)新建社区养老服务站3个；
				(2)改造提升日间照料中心2个。
				牵头单位：区民政局
				2.开展敬老月活动，9月底前完成。
				牵头单位：区老龄办
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::number).containsExactly("1", "2");
		assertThat(parse.tasks().get(0).targets()).hasSize(2);
		assertThat(parse.tasks().get(0).leadUnits()).containsExactly("区民政局");
		assertThat(parse.tasks().get(1).deadlines()).extracting(Deadline::date)
			.containsExactly(LocalDate.of(2023, 9, 30));
		assertThat(parse.sections()).containsExactly("（一）养老服务");
	}

	@Test
	void findsAPlanAttachedToANoticeWithItsOwnNumberedInstructions() {
		PlanParse parse = PlanDocumentParser.parse("""
				某县人民政府办公室
				关于印发《某县2025年老龄工作方案》的通知
				某政办发〔2025〕3号
				各乡镇人民政府，县直各部门：
				现将《某县2025年老龄工作方案》印发给你们，请认真贯彻落实。现就有关事项通知如下：
				一、高度重视。各单位要把老龄工作摆上重要位置。
				二、按时报送。每季度末报送进展情况。
				某县人民政府办公室
				2025年1月20日
				附件
				某县2025年老龄工作方案
				一、总体要求
				坚持以人民为中心。
				二、重点任务
				1.建成老年友好型社区3个。
				牵头单位：县卫健局
				三、保障措施
				（一）加强领导。
				""");

		assertThat(parse.title()).isEqualTo("某县2025年老龄工作方案");
		assertThat(parse.documentNumber()).isEqualTo("某政办发〔2025〕3号");
		assertThat(parse.issueDate()).isEqualTo(LocalDate.of(2025, 1, 20));
		assertThat(parse.tasks()).singleElement().satisfies((t) -> {
			assertThat(t.text()).isEqualTo("建成老年友好型社区3个。");
			assertThat(t.leadUnits()).containsExactly("县卫健局");
		});
	}

	@Test
	void anEmptyTextIsNotAPlan() {
		PlanParse parse = PlanDocumentParser.parse("  \n\n ");

		assertThat(parse.isPlan()).isFalse();
		assertThat(parse.notPlanReasons()).containsExactly("empty");
	}

	@Test
	void everyTaskIsHighlightedInTheSourceWithItsTargetsAndDeadlines() {
		PlanParse parse = Seeds.parse("000");

		assertThat(parse.highlights()).filteredOn((h) -> h.kind() == Highlight.Kind.TASK).hasSize(10);
		assertThat(parse.highlights()).filteredOn((h) -> h.kind() == Highlight.Kind.TARGET)
			.extracting((h) -> parse.source().original(h.span()))
			.contains("创建老年友好型社区26个", "规范健康管理率达70%以上");
		assertThat(parse.highlights()).filteredOn((h) -> h.kind() == Highlight.Kind.DEADLINE)
			.extracting((h) -> parse.source().original(h.span()))
			.contains("到2022年底", "2022年5月底", "年内");
		assertThat(parse.highlights()).filteredOn((h) -> h.kind() == Highlight.Kind.UNIT)
			.extracting((h) -> parse.source().original(h.span()))
			.contains("区卫健委、各街镇");
	}

}
