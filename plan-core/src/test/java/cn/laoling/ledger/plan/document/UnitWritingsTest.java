package cn.laoling.ledger.plan.document;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.laoling.ledger.plan.Deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every way issued plans write who leads and who is responsible for a task. */
class UnitWritingsTest {

	static List<Arguments> writings() {
		return List.of(arguments("开展老年健康促进行动。\n牵头单位：区卫健委；责任单位：区民政局", List.of("区卫健委"), List.of("区民政局")),
				arguments("开展老年健康促进行动。（牵头单位：市卫健委，配合单位：市民政局，各区、县级市）", List.of("市卫健委"), List.of("市民政局", "各区、县级市")),
				arguments("开展老年健康促进行动。〔责任单位：市卫健委，市民政局、市财政局〕", List.of(), List.of("市卫健委", "市民政局", "市财政局")),
				arguments("开展老年健康促进行动。［市卫健委、市民政局按职责分工负责，各区（市）县政府负责］", List.of(), List.of("市卫健委", "市民政局", "各区（市）县政府")),
				arguments("开展老年健康促进行动。[牵头单位:市卫健委;责任单位:市民政局]", List.of("市卫健委"), List.of("市民政局")),
				arguments("开展老年健康促进行动，市卫健委牵头，市民政局配合。", List.of("市卫健委"), List.of("市民政局")),
				arguments("开展老年健康促进行动。由市卫健委、市民政局牵头，各街道配合。", List.of("市卫健委", "市民政局"), List.of("各街道")),
				arguments("开展老年健康促进行动。市卫健委牵头负责，市民政局、市财政局配合。", List.of("市卫健委"), List.of("市民政局", "市财政局")),
				arguments("开展老年健康促进行动。（市卫健委会同有关部门负责）", List.of("市卫健委"), List.of()),
				arguments("开展老年健康促进行动。（市卫健委、市民政局负责）", List.of(), List.of("市卫健委", "市民政局")),
				arguments("开展老年健康促进行动。市卫健委等有关部门按职责分工负责。", List.of(), List.of("市卫健委")),
				arguments("开展老年健康促进行动。（责任单位：市委组织部（人才办）、各县（市、区）政府）", List.of(), List.of("市委组织部（人才办）", "各县（市、区）政府")),
				arguments("开展老年健康促进行动。（牵头单位：市卫健委；责任单位：市民政局；完成时限：2023年10月底）", List.of("市卫健委"), List.of("市民政局")),
				arguments("开展老年健康促进行动。（省发展改革委、财政厅按职责分工负责）", List.of(), List.of("省发展改革委", "财政厅")));
	}

	@ParameterizedTest
	@MethodSource("writings")
	void readsWhoLeadsAndWhoIsResponsible(String task, List<String> lead, List<String> responsible) {
		PlanParse parse = PlanDocumentParser.parse("某市老龄工作实施方案\n一、重点任务\n1. " + task + "\n2. 推进智慧养老。\n");

		assertThat(parse.tasks()).hasSize(2);
		assertThat(parse.tasks().get(0).leadUnits()).as("lead").isEqualTo(lead);
		assertThat(parse.tasks().get(0).responsibleUnits()).as("responsible").isEqualTo(responsible);
		assertThat(parse.tasks().get(0).text()).as("the units are not the task's words").isEqualTo("开展老年健康促进行动。");
	}

	static List<Arguments> rulesStatedOnce() {
		return List.of(arguments("""
				某市老龄工作实施方案
				一、重点任务
				1. 完善养老服务体系。（市民政局、市财政局按职责分工负责，排在第一位的部门为牵头部门，下同）
				2. 推进智慧养老。（市工业和信息化局、市民政局负责）
				"""), arguments("""
				某市老龄工作实施方案
				责任单位中列第一位者为牵头单位。
				一、重点任务
				1. 完善养老服务体系。（责任单位：市民政局、市财政局）
				2. 推进智慧养老。（责任单位：市工业和信息化局、市民政局）
				"""), arguments("""
				某市老龄工作实施方案
				（责任单位中第一个逗号前为牵头单位）
				一、重点任务
				1. 完善养老服务体系。（责任单位：市民政局，市财政局）
				2. 推进智慧养老。（责任单位：市工业和信息化局，市民政局）
				"""));
	}

	@ParameterizedTest
	@MethodSource("rulesStatedOnce")
	void aRuleStatedOnceNamesTheLeadOfEveryTaskAfterIt(String plan) {
		PlanParse parse = PlanDocumentParser.parse(plan);

		assertThat(parse.tasks()).extracting(ParsedTask::leadUnits, ParsedTask::responsibleUnits)
			.containsExactly(tuple(List.of("市民政局"), List.of("市财政局")), tuple(List.of("市工业和信息化局"), List.of("市民政局")));
		assertThat(parse.tasks().get(0).text()).isEqualTo("完善养老服务体系。");
	}

	@Test
	void unitsStatedOnceForEveryFollowingTaskAreNotRepeated() {
		PlanParse parse = PlanDocumentParser.parse("""
				某市老龄工作实施方案
				以下均需各区、县（市）政府落实，不再列出。
				一、重点任务
				1. 完善养老服务体系。（市民政局牵头）
				2. 推进智慧养老。（市工业和信息化局牵头）
				""");

		assertThat(parse.tasks()).extracting(ParsedTask::responsibleUnits)
			.containsExactly(List.of("各区、县（市）政府"), List.of("各区、县（市）政府"));
	}

	@Test
	void aDeadlineWrittenAmongTheUnitsIsTheTasksDeadline() {
		PlanParse parse = PlanDocumentParser.parse("""
				某市2023年老龄工作实施方案
				一、重点任务
				1. 开展老年健康促进行动。（牵头单位：市卫健委；责任单位：市民政局；完成时限：2023年10月底）
				""");

		assertThat(parse.tasks().get(0).deadlines()).extracting(Deadline::date)
			.containsExactly(LocalDate.of(2023, 10, 31));
	}

}
