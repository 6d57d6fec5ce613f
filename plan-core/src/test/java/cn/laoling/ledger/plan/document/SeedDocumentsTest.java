package cn.laoling.ledger.plan.document;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.Target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SeedDocumentsTest {

	@Test
	void readsTheFactsOfAPlanInsideTheNoticeThatIssuesIt() {
		PlanParse parse = Seeds.parse("000");

		assertThat(parse.kind()).isEqualTo(DocumentKind.PLAN);
		assertThat(parse.title()).isEqualTo("昆区2022年老龄工作推进方案");
		assertThat(parse.documentNumber()).isEqualTo("昆府办发〔2022〕17号");
		assertThat(parse.issuer()).isEqualTo("昆都仑区人民政府办公室");
		assertThat(parse.issueDate()).isEqualTo(LocalDate.of(2022, 9, 1));
		assertThat(parse.period()).isEqualTo(PlanPeriod.year(2022));
	}

	@Test
	void takesTheTenTasksWithExactlyTheUnitsWrittenUnderEach() {
		PlanParse parse = Seeds.parse("000");

		assertThat(parse.tasks()).extracting(ParsedTask::number, ParsedTask::leadUnits, ParsedTask::responsibleUnits)
			.containsExactly(
					tuple("1", List.of("区卫健委", "各街镇"), List.of("区住建局", "财政局", "民政局", "应急局", "残联", "文旅局", "区委老干部局")),
					tuple("2", List.of("区民政局", "财政局", "住建局"), List.of("各街镇")),
					tuple("3", List.of("区住建局"), List.of("区文旅局")), tuple("4", List.of("区商务局"), List.of("区商务局")),
					tuple("5", List.of("区文旅局"), List.of("区文旅局")), tuple("6", List.of("区残联"), List.of("区残联")),
					tuple("7", List.of("区卫健委"), List.of("区卫健委")), tuple("8", List.of("区司法局"), List.of("区司法局")),
					tuple("9", List.of("区委宣传部"), List.of("区老龄委各成员单位")),
					tuple("10", List.of("区委老干部局"), List.of("区委老干部局")));
		assertThat(parse.tasks()).allSatisfy((t) -> assertThat(t.path()).containsExactly("二、重点任务"));
		assertThat(parse.sections()).as("the heading over every task is its section").containsExactly("二、重点任务");
		assertThat(parse.warnings()).isEmpty();
	}

	@Test
	void leavesTheMeasuresTheNoticeAndTheAttachmentListOutOfTheTasks() {
		PlanParse parse = Seeds.parse("000");

		assertThat(parse.tasks()).noneMatch((t) -> t.text().contains("提高认识") || t.text().contains("花名册")
				|| t.text().contains("印发给你们") || t.text().contains("牵头单位"));
		assertThat(parse.tasks().get(0).text()).startsWith("全面启动老年友好型社区创建工作").endsWith("创建老年友好型社区26个（名单见附件1）。");
	}

	@Test
	void recognisesTargetsAndNotTheNumbersThatAreNone() {
		PlanParse parse = Seeds.parse("000");

		assertThat(task(parse, "1").targets()).containsExactly(Target.exactly(26, "个", "老年友好型社区"));
		assertThat(task(parse, "2").targets()).extracting(Target::counted).containsExactly("养老机构", "困难老人家庭");
		assertThat(task(parse, "6").targets()).as("1000元/例 is a subsidy standard").isEmpty();
		assertThat(task(parse, "7").targets()).singleElement().satisfies((t) -> {
			assertThat(t.value().goal()).isEqualByComparingTo("70");
			assertThat(t.isRate()).isTrue();
			assertThat(t.counted()).isEqualTo("规范健康管理率");
			assertThat(t.comparator()).isEqualTo(Comparator.AT_LEAST);
		});
		assertThat(task(parse, "8").targets()).extracting((t) -> t.value().goal().intValue(), Target::comparator)
			.containsExactly(tuple(12, Comparator.AT_LEAST), tuple(15, Comparator.AT_LEAST));
		assertThat(task(parse, "9").targets()).singleElement()
			.extracting(Target::recurrence)
			.isEqualTo(Recurrence.PER_QUARTER);
		assertThat(task(parse, "3").targets()).extracting((t) -> t.measure().symbol()).containsExactly("个", "万平方米");
	}

	@Test
	void resolvesWrittenDeadlinesAndImpliesThePeriodEndOtherwise() {
		PlanParse parse = Seeds.parse("000");

		assertThat(task(parse, "1").deadlines())
			.containsExactly(Deadline.written(LocalDate.of(2022, 12, 31), "到2022年底"));
		assertThat(task(parse, "4").deadlines()).extracting(Deadline::date, Deadline::wording)
			.containsExactly(tuple(LocalDate.of(2022, 5, 31), "2022年5月底"),
					tuple(LocalDate.of(2022, 6, 30), "2022年6月底"));
		assertThat(task(parse, "5").deadlines()).extracting(Deadline::wording).containsExactly("年内");
		assertThat(task(parse, "7").deadlines()).containsExactly(new Deadline(LocalDate.of(2022, 12, 31), "", true));
	}

	@Test
	void findsTwentyTasksInSixSectionsOfAPlanFromAWebPage() {
		PlanParse parse = Seeds.parse("001");

		assertThat(parse.title()).isEqualTo("凉州区积极应对人口老龄化三年(2023-2025年)实施方案");
		assertThat(parse.issuer()).isEqualTo("凉州区人民政府办公室");
		assertThat(parse.issueDate()).isEqualTo(LocalDate.of(2023, 3, 4));
		assertThat(parse.period()).isEqualTo(PlanPeriod.years(2023, 2025));
		assertThat(parse.sections()).hasSize(6).first().isEqualTo("(一)优化居家养老服务供给");
		assertThat(parse.tasks()).extracting(ParsedTask::number)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
					"17", "18", "19", "20");
		assertThat(parse.tasks().get(19).path()).containsExactly("二、重点任务", "(六)拓展要素支持保障");
		assertThat(parse.tasks()).noneMatch((t) -> t.text().contains("扫一扫") || t.text().contains("加强组织领导"));
	}

	@Test
	void pointsAtTheMeasuresWhenAPlanNamesNoUnitsPerTask() {
		PlanParse parse = Seeds.parse("001");

		assertThat(parse.tasks()).allMatch((t) -> t.leadUnits().isEmpty());
		assertThat(parse.warnings()).extracting(ParseWarning::code)
			.containsExactly("document.noLeadUnits", "document.unitsOnlyInMeasures");
		assertThat(parse.warnings().get(1).arguments()).containsExactly("区发改局、民政局、卫健局、财政局、文旅局、市场监管局、应急管理局");
	}

	@Test
	void readsPerYearRatesAndBoundsAgainstAMultiYearPeriod() {
		PlanParse parse = Seeds.parse("001");

		assertThat(task(parse, "1").deadlines()).extracting(Deadline::date).containsExactly(LocalDate.of(2025, 12, 31));
		assertThat(task(parse, "1").targets()).extracting((t) -> t.value().goal().intValue(), Target::comparator)
			.containsExactly(tuple(7000, Comparator.EXACTLY), tuple(7000, Comparator.AT_LEAST));
		assertThat(task(parse, "5").targets()).as("依托2021年建成的7个 is what exists").isEmpty();
		assertThat(task(parse, "12").targets()).singleElement().satisfies((t) -> {
			assertThat(t.value().goal()).isEqualByComparingTo("55");
			assertThat(t.comparator()).isEqualTo(Comparator.AT_LEAST);
			assertThat(t.counted()).endsWith("护理型床位占比");
		});
		assertThat(task(parse, "15").targets()).singleElement()
			.extracting((t) -> t.value().goal().intValue(), Target::recurrence, Target::comparator)
			.containsExactly(1500, Recurrence.PER_YEAR, Comparator.AT_LEAST);
		assertThat(task(parse, "17").targets()).singleElement()
			.extracting(Target::counted, Target::comparator)
			.containsExactly("养老护理员", Comparator.ABOUT);
		assertThat(task(parse, "9").deadlines()).extracting(Deadline::wording).containsExactly("到2025年");
	}

	@Test
	void readsTraditionalCharactersThroughTheirSimplifiedFormWithoutPinyinNoise() {
		PlanParse parse = Seeds.parse("002");

		assertThat(parse.kind()).isEqualTo(DocumentKind.PLAN);
		assertThat(parse.title()).isEqualTo("全區老齡服務工作計劃");
		assertThat(parse.period()).isEqualTo(PlanPeriod.year(2013));
		assertThat(parse.tasks()).extracting(ParsedTask::number)
			.containsExactly("(一)", "(二)", "(三)", "(四)", "(五)", "(六)");
		assertThat(parse.tasks().get(0).simplifiedText()).startsWith("编制好老龄事业发展“十二五”规划。");
		assertThat(parse.tasks().get(0).text()).as("the original characters are kept").startsWith("編制好老齡事業發展");
		assertThat(parse.tasks())
			.allSatisfy((t) -> assertThat(t.text()).doesNotContainPattern("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)"));
		assertThat(parse.source().text()).doesNotContain("(qū)", "導語", "一文來源于網友上傳");
	}

	@Test
	void takesAProposalReplysCommitmentsAsTasksWithTheirTargets() {
		PlanParse parse = Seeds.parse("003");

		assertThat(parse.kind()).isEqualTo(DocumentKind.REPLY);
		assertThat(parse.title()).isEqualTo("对《关于加大独居老人关爱力度的建议》（第49号提案）的答复");
		assertThat(parse.period()).isEqualTo(PlanPeriod.year(2024));
		assertThat(parse.tasks()).extracting(ParsedTask::number)
			.containsExactly("二(一)", "二(二)", "二(三)", "二(四)", "三(一)", "三(二)", "三(三)", "三(四)");
		assertThat(parse.tasks().stream().flatMap((t) -> t.targets().stream()))
			.extracting((t) -> t.value().goal().intValue(), (t) -> t.measure().symbol(), Target::comparator)
			.containsExactly(tuple(90, "户", Comparator.AT_LEAST), tuple(50, "户", Comparator.AT_LEAST),
					tuple(100, "%", Comparator.AT_LEAST));
		assertThat(parse.warnings()).extracting(ParseWarning::code).contains("task.possibleTarget");
	}

	@Test
	void saysANewsReportIsNotAPlanAndWhy() {
		PlanParse parse = Seeds.parse("004");

		assertThat(parse.isPlan()).isFalse();
		assertThat(parse.tasks()).isEmpty();
		assertThat(parse.notPlanReasons()).contains("noPlanTitle", "noUnits", "noTaskPart", "reportsPastWork");
	}

	private static ParsedTask task(PlanParse parse, String number) {
		return parse.tasks().stream().filter((t) -> t.number().equals(number)).findFirst().orElseThrow();
	}

}
