package cn.laoling.ledger.web.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.document.ParseWarning;
import cn.laoling.ledger.plan.document.ParsedTask;
import cn.laoling.ledger.plan.document.PlanDocumentParser;
import cn.laoling.ledger.plan.document.PlanParse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One plan in each shape an office sends it (src/test/resources/plans: saved by
 * LibreOffice as .docx, .doc and PDF from one source) gives the same tasks: a task
 * running over a page is whole, without the page's header, footer and number; a task
 * table's merged 牵头单位, its section rows and the header repeated on its second page are
 * read as in Word.
 */
class PlanShapesTest {

	@ParameterizedTest
	@ValueSource(strings = { "prose-plan.doc", "prose-plan.pdf" })
	void aProsePlanGivesItsTenTasksWhole(String file) throws Exception {
		PlanParse parse = PlanDocumentParser.parse(DocumentText.read(TestFiles.plan(file)));

		assertThat(parse.title()).isEqualTo("某区2024年老龄工作实施方案");
		assertThat(parse.tasks()).extracting(ParsedTask::number)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
		assertThat(parse.tasks().get(2).text()).startsWith("65岁以上老年人健康管理率达到70%以上");
		assertThat(parse.tasks().get(3).text()).contains("布局合理、运营可持续的老年助餐服务网络。").doesNotContain("委员会办公室", "—");
		assertThat(parse.tasks()).extracting(ParsedTask::leadUnits)
			.containsExactly(List.of("区民政局"), List.of("区民政局"), List.of("区卫健委"), List.of(), List.of("区卫健委"),
					List.of("区卫健委"), List.of(), List.of("区教育局"), List.of(), List.of("区卫健委"));
		assertThat(parse.tasks().get(3).responsibleUnits()).containsExactly("区民政局", "区市场监管局", "各街道");
		assertThat(parse.tasks().get(6).responsibleUnits()).containsExactly("区公安分局", "区委宣传部");
		assertThat(parse.tasks().get(0).responsibleUnits()).containsExactly("区住建局", "区自然资源局", "各街道");
		assertThat(parse.tasks().get(2).deadlines()).extracting(Deadline::date)
			.containsExactly(LocalDate.of(2024, 12, 31));
		assertThat(parse.tasks()).extracting(ParsedTask::path)
			.extracting((path) -> path.get(path.size() - 1))
			.containsExactly("（一）完善养老服务网络", "（一）完善养老服务网络", "（一）完善养老服务网络", "（一）完善养老服务网络", "（二）提升健康支撑能力", "（二）提升健康支撑能力",
					"（二）提升健康支撑能力", "（三）丰富老年精神文化生活", "（三）丰富老年精神文化生活", "（三）丰富老年精神文化生活");
		assertThat(parse.warnings()).as("the office is asked to look at 3.65岁 and at the tasks no unit leads")
			.extracting(ParseWarning::code)
			.containsExactly("task.numberBeforeDigits", "task.noLeadUnit", "task.noLeadUnit", "task.noLeadUnit");
	}

	@ParameterizedTest
	@ValueSource(strings = { "task-table.docx", "task-table.doc", "task-table.pdf" })
	void aTaskTableGivesARowATaskWithItsMergedLeadUnitAndSections(String file) throws Exception {
		PlanParse parse = PlanDocumentParser.parse(DocumentText.read(TestFiles.plan(file)));

		assertThat(parse.tasks()).hasSize(21);
		assertThat(parse.tasks()).extracting(ParsedTask::number).startsWith("1", "2", "3", "4", "5").endsWith("21");
		assertThat(parse.tasks().subList(0, 6))
			.extracting(ParsedTask::leadUnits, ParsedTask::responsibleUnits, ParsedTask::path)
			.containsExactly(tuple(List.of("县民政局"), List.of("县财政局", "各乡镇"), List.of("一、健全养老服务体系")),
					tuple(List.of("县民政局"), List.of("县卫健委", "县医保局"), List.of("一、健全养老服务体系")),
					tuple(List.of("县卫健委"), List.of("各乡镇卫生院"), List.of("一、健全养老服务体系")),
					tuple(List.of("县人社局"), List.of("县民政局"), List.of("养老服务人才队伍建设")),
					tuple(List.of("县住建局"), List.of("县民政局", "县残联"), List.of("二、推进老年友好型社会建设")),
					tuple(List.of("县住建局"), List.of("县交通运输局", "县自然资源局"), List.of("二、推进老年友好型社会建设")));
		assertThat(parse.tasks().get(5).text()).isEqualTo("在县城主要公共场所设置无障碍设施，完成20处无障碍环境改造。");
		assertThat(parse.tasks().get(0).deadlines()).extracting(Deadline::date)
			.containsExactly(LocalDate.of(2025, 9, 30));
		assertThat(parse.tasks().get(8).deadlines()).as("持续推进 names no date").allMatch(Deadline::implied);
		assertThat(parse.warnings()).isEmpty();
	}

	@Test
	void aTablePrintedFromAWebPageIsReadByTheRulesBetweenItsRows() throws Exception {
		PlanParse parse = PlanDocumentParser.parse(DocumentText.read(TestFiles.plan("printed-table.pdf")));

		assertThat(parse.title()).isEqualTo("某区2024年老龄工作要点");
		assertThat(parse.tasks())
			.extracting(ParsedTask::number, ParsedTask::leadUnits, ParsedTask::responsibleUnits, ParsedTask::path)
			.containsExactly(tuple("1", List.of("区民政局"), List.of("区大数据中心", "各街道"), List.of("一、完善养老服务体系")),
					tuple("2", List.of("区老龄办"), List.of("区民政局", "区卫健委"), List.of("一、完善养老服务体系")),
					tuple("3", List.of("区卫健委"), List.of("各社区卫生服务中心"), List.of("二、提升健康服务水平")),
					tuple("4", List.of("区民政局"), List.of("区发展改革委", "区财政局"), List.of("二、提升健康服务水平")));
		assertThat(parse.tasks().get(0).text()).isEqualTo("建设区级智慧养老服务平台，实现养老服务需求与供给精准对接，覆盖全区所有街道。");
		assertThat(parse.tasks().get(0).deadlines()).extracting(Deadline::date)
			.containsExactly(LocalDate.of(2024, 9, 30));
	}

	@Test
	void theThreeShapesOfOneTableGiveTheSameTasks() throws Exception {
		List<List<ParsedTask>> shapes = List.of("task-table.docx", "task-table.doc", "task-table.pdf")
			.stream()
			.map((file) -> {
				try {
					return PlanDocumentParser.parse(DocumentText.read(TestFiles.plan(file))).tasks();
				}
				catch (UnreadableDocument ex) {
					throw new IllegalStateException(ex);
				}
			})
			.toList();

		for (List<ParsedTask> shape : shapes.subList(1, 3)) {
			assertThat(shape)
				.extracting(ParsedTask::number, ParsedTask::text, ParsedTask::leadUnits, ParsedTask::responsibleUnits,
						ParsedTask::deadlines)
				.containsExactlyElementsOf(shapes.get(0)
					.stream()
					.map((t) -> tuple(t.number(), t.text(), t.leadUnits(), t.responsibleUnits(), t.deadlines()))
					.toList());
		}
	}

	@Test
	void aScannedPdfAndAnEncryptedOneGetTheirOwnMessage() throws Exception {
		assertRefused(blankPdf(false), "import.file.pdfScanned");
		assertRefused(blankPdf(true), "import.file.encrypted");
		byte[] broken = TestFiles.plan("prose-plan.pdf");
		assertRefused(java.util.Arrays.copyOf(broken, 400), "import.file.notPdf");
	}

	/** A page with nothing but, as a scanner makes it, no text layer. */
	private static byte[] blankPdf(boolean encrypted) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			if (encrypted) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "口令", new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	private static void assertRefused(byte[] bytes, String code) {
		assertThatExceptionOfType(UnreadableDocument.class).isThrownBy(() -> DocumentText.read(bytes))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(code));
	}

}
