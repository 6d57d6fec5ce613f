package cn.laoling.ledger.plan.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each task says where its units and deadlines were read (the names as written, the rule,
 * the deadline's words), for the office to check.
 */
class ReadFromTest {

	@Test
	void aTaskPointsAtItsUnitClauseTheRuleThatChoseItsLeadAndItsWrittenDeadline() {
		PlanParse parse = PlanDocumentParser.parse("""
				某市2024年老龄工作实施方案
				责任单位中列第一位者为牵头单位。
				一、重点任务
				1. 完善养老服务体系，2024年6月底前完成。（责任单位：市民政局、市财政局）
				2. 推进智慧养老。（牵头单位：市工业和信息化局；责任单位：市民政局）
				""");
		SourceText source = parse.source();

		ReadFrom first = parse.tasks().get(0).readFrom();
		assertThat(first.units()).extracting(source::original).containsExactly("市民政局、市财政局");
		assertThat(source.original(first.unitRule())).isEqualTo("责任单位中列第一位者为牵头单位。");
		assertThat(first.deadlines()).extracting(source::original).containsExactly("2024年6月底前");

		ReadFrom second = parse.tasks().get(1).readFrom();
		assertThat(second.unitRule()).as("its lead is written: no rule applied").isNull();
		assertThat(second.units()).extracting(source::original)
			.contains("市民政局")
			.anySatisfy((named) -> assertThat(named).startsWith("市工业和信息化局"));
		assertThat(second.deadlines()).as("none written").isEmpty();
	}

	@Test
	void aClauseStatedOnceForTheTasksAfterItIsWhereTheirUnitsWereReadToo() {
		PlanParse parse = PlanDocumentParser.parse("""
				某市老龄工作实施方案
				一、重点任务
				以下均需各区、县（市）政府落实，不再列出。
				1. 完善养老服务体系。（市民政局负责）
				""");

		assertThat(parse.tasks().get(0).readFrom().units()).extracting(parse.source()::original)
			.containsExactlyInAnyOrder("市民政局", "各区、县（市）政府");
	}

}
