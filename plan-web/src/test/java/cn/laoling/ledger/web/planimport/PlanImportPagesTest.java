package cn.laoling.ledger.web.planimport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 导入方案 through the pages: preview, confirm in one transaction, cancel, bad files. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanImportPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	Plans plans;

	@Autowired
	Tasks tasks;

	@Test
	void aGbkPlanFileIsShownBesideWhatWasRecognisedAndSavesNothingYet() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = this.scratch.fingerprint();

		String preview = preview(session, "方案.txt", TestFiles.seed("000").getBytes(Charset.forName("GBK")));

		assertThat(preview).contains("hl-target\">创建老年友好型社区26个", "hl-deadline\">到2022年底", "昆府办发〔2022〕17号",
				"文号“昆府办发〔2022〕17号”已经存在");
		assertThat(preview.split("class=\"card mb-3 import-task\"")).hasSize(11);
		assertThat(this.scratch.fingerprint()).isEqualTo(before);
	}

	@Test
	void eachTaskSaysWhereItsUnitsAndDeadlineWereRead() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String draft = draftOf(session, """
				某区2026年老龄工作方案
				责任单位中列第一位者为牵头单位。
				二、重点任务
				1.新建老年食堂3个，2026年6月底前完成。（责任单位：区民政局、区财政局）
				2.开展敬老月活动。（牵头单位：区卫健委）
				""");

		String preview = this.mvc.perform(get("/plans/import/" + draft).session(session).with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String[] cards = preview.split("class=\"card mb-3 import-task\"");
		assertThat(cards[1]).contains("单位读自：“1.新建老年食堂3个，2026年6月底前完成。（责任单位：区民政局、区财政局）”",
				"第一个单位作为牵头单位，依据：“责任单位中列第一位者为牵头单位。”", "完成时限读自：“2026年6月底前”");
		assertThat(cards[2]).contains("区卫健委", "原文没有写明完成时限（按方案期限结束）").doesNotContain("第一个单位作为牵头单位");
	}

	@Test
	void confirmSavesThePlanItsSectionsTasksAndNewUnitsTogether() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String draft = draftOf(session, "测试区2026年老龄工作方案\n二、重点任务\n1.新建老年食堂3个。\n牵头单位：区民政局");
		String title = "导入测试方案" + System.nanoTime();
		String newUnit = "区测试导入局" + System.nanoTime() % 100000;

		this.mvc
			.perform(confirm(session, draft, title).param("sections", "（一）养老服务")
				.param("tasks[0].number", "1")
				.param("tasks[0].section", "（一）养老服务")
				.param("tasks[0].text", "新建老年食堂3个。")
				.param("tasks[0].leadUnits", "区民政局、" + newUnit)
				.param("tasks[0].targets[0].counted", "老年食堂")
				.param("tasks[0].targets[0].low", "3")
				.param("tasks[0].targets[0].measure", "个")
				.param("tasks[0].targets[0].comparator", "EXACTLY")
				.param("tasks[0].targets[0].recurrence", "ONCE")
				.param("unitChoices[0].name", newUnit)
				.param("unitChoices[0].action", "CREATE")
				.param("unitChoices[0].kind", "DEPARTMENT"))
			.andExpect(status().is3xxRedirection());

		Plan plan = planTitled(title);
		assertThat(plan.sections()).extracting((s) -> s.heading()).containsExactly("（一）养老服务");
		List<Task> saved = this.tasks.find(TaskQuery.all(plan.id()));
		assertThat(saved).singleElement().satisfies((t) -> {
			assertThat(t.leadUnits()).containsExactly(this.demo.kunquUnit("区民政局").id(),
					this.demo.kunquUnit(newUnit).id());
			assertThat(t.targets()).hasSize(1);
			assertThat(t.content().sectionId()).isEqualTo(plan.sections().get(0).id());
		});
	}

	@Test
	void aFailureOnTheLastTaskSavesNeitherThePlanNorItsNewUnits() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String draft = draftOf(session, "测试区2026年老龄工作方案\n二、重点任务\n1.新建老年食堂3个。\n牵头单位：区民政局");
		String before = this.scratch.fingerprint();

		String page = this.mvc
			.perform(confirm(session, draft, "不应保存的方案").param("tasks[0].number", "1")
				.param("tasks[0].text", "新建老年食堂3个。")
				.param("tasks[0].leadUnits", "区测试新建局")
				.param("tasks[1].number", "2")
				.param("tasks[1].text", "开展敬老月活动。")
				.param("tasks[1].leadUnits", "谁也不认识的单位")
				.param("unitChoices[0].name", "区测试新建局")
				.param("unitChoices[0].action", "CREATE")
				.param("unitChoices[0].kind", "DEPARTMENT"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("单位名录中没有：谁也不认识的单位");
		assertThat(this.scratch.fingerprint()).isEqualTo(before);
	}

	@Test
	void backToThePreviewOfAnImportedPlanOrConfirmingItAgainLeadsToThePlanAndImportsNothingMore() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String draft = draftOf(session, "测试区2026年老龄工作方案\n二、重点任务\n1.新建老年食堂3个。\n牵头单位：区民政局");
		String title = "导入一次的方案" + System.nanoTime();
		MockHttpServletRequestBuilder confirm = confirm(session, draft, title).param("tasks[0].number", "1")
			.param("tasks[0].text", "新建老年食堂3个。")
			.param("tasks[0].leadUnits", "区民政局");
		String plan = this.mvc.perform(confirm)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		for (MockHttpServletRequestBuilder again : List
			.of(get("/plans/import/" + draft).session(session).with(this.demo.as("office")), confirm)) {
			assertThat(this.mvc.perform(again).andReturn()).satisfies((answer) -> {
				assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo(plan);
				assertThat(answer.getFlashMap().get("message")).isEqualTo("flash.import.already");
			});
		}
		assertThat(this.plans.findAllIn(List.of(this.demo.region("昆都仑区")))).filteredOn((p) -> p.title().equals(title))
			.hasSize(1);
	}

	@Test
	void theMistakesOfEveryTaskAreNamedAtOnceAtTheirFields() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String draft = draftOf(session, "测试区2026年老龄工作方案\n二、重点任务\n1.新建老年食堂3个。\n牵头单位：区民政局");
		String before = this.scratch.fingerprint();

		String page = this.mvc
			.perform(confirm(session, draft, "错处不止一个的方案").param("tasks[0].number", "1")
				.param("tasks[0].text", "新建老年食堂3个。")
				.param("tasks[0].leadUnits", "第一个不认识的单位")
				.param("tasks[0].targets[0].counted", "老年食堂")
				.param("tasks[0].targets[0].measure", "个")
				.param("tasks[1].number", "2")
				.param("tasks[1].text", "开展敬老月活动。")
				.param("tasks[1].leadUnits", "区民政局")
				.param("tasks[1].responsibleUnits", "第二个不认识的单位")
				.param("tasks[1].deadlines[0].wording", "10月底前"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("单位名录中没有：第一个不认识的单位", "第1个目标不完整", "单位名录中没有：第二个不认识的单位", "第1个时限缺少日期。");
		assertThat(this.scratch.fingerprint()).isEqualTo(before);
	}

	@Test
	void everyTaskWithoutALeadUnitIsNamedAtOnceAndASkippedTaskIsLeftOut() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String draft = draftOf(session, "测试区2026年老龄工作方案\n二、重点任务\n1.新建老年食堂3个。\n牵头单位：区民政局");
		String before = this.scratch.fingerprint();

		String page = this.mvc
			.perform(confirm(session, draft, "缺牵头单位的方案").param("tasks[0].number", "1")
				.param("tasks[0].text", "新建老年食堂3个。")
				.param("tasks[1].number", "2")
				.param("tasks[1].text", "开展敬老月活动。")
				.param("tasks[2].number", "3")
				.param("tasks[2].text", "识别错的一项。")
				.param("tasks[2].skipped", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("第 1 项任务需要至少一个牵头单位", "第 2 项任务需要至少一个牵头单位").doesNotContain("第 3 项任务需要至少一个牵头单位");
		assertThat(this.scratch.fingerprint()).isEqualTo(before);

		String title = "跳过一项的方案" + System.nanoTime();
		this.mvc
			.perform(confirm(session, draft, title).param("tasks[0].number", "1")
				.param("tasks[0].text", "新建老年食堂3个。")
				.param("tasks[0].leadUnits", "区民政局")
				.param("tasks[1].number", "2")
				.param("tasks[1].text", "识别错的一项。")
				.param("tasks[1].skipped", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.tasks.find(TaskQuery.all(planTitled(title).id()))).extracting(Task::text)
			.containsExactly("新建老年食堂3个。");
	}

	@Test
	void aWordPlanWhoseThirdTaskStartsWithANumberKeepsAllFourTasks() throws Exception {
		byte[] docx = TestFiles.word()
			.paragraphs("测试区2026年老龄工作方案", "二、重点任务")
			.numbered("新建老年食堂3个。")
			.paragraphs("牵头单位：区民政局")
			.numbered("开展敬老月活动。")
			.paragraphs("牵头单位：区文旅局")
			.numbered("65岁以上老年人规范健康管理率达到70%以上。")
			.paragraphs("牵头单位：区卫健委")
			.numbered("新增老年大学教学点1个。")
			.paragraphs("牵头单位：区委老干部局")
			.bytes();

		List<String> cards = cards(preview(new MockHttpSession(), "方案.docx", docx));

		assertThat(cards).hasSize(4);
		assertThat(cards.get(1)).contains("开展敬老月活动。", "区文旅局").doesNotContain("65岁", "区卫健委");
		assertThat(cards.get(2)).contains("65岁以上老年人规范健康管理率达到70%以上。</textarea>", "value=\"区卫健委\"",
				"第 3 项任务的序号后紧跟着数字（“3.65岁以上老年人规范健康管理率达到7…”），已读作第 3 项任务");
	}

	@Test
	void aGapInTheNumberingIsNamedOnTheCardOfTheTaskAfterItAndDoesNotStopTheImport() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String draft = draftOf(session, """
				测试区2026年老龄工作方案
				二、重点任务
				1.新建老年食堂3个。
				牵头单位：区民政局
				2.开展敬老月活动。
				牵头单位：区文旅局
				4.新增老年大学教学点1个。
				牵头单位：区委老干部局
				""");

		String page = this.mvc.perform(get("/plans/import/" + draft).session(session).with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String gap = "第 4 项任务之前缺少第 3 项：可能没有识别出来，或并入了上一项，请对照原文核对。";
		List<String> cards = cards(page);
		assertThat(cards.get(2)).contains(gap, "border-warning");
		assertThat(cards.subList(0, 2)).noneMatch((card) -> card.contains(gap) || card.contains("border-warning"));
		assertThat(page).contains("href=\"#import-task-2\">" + gap);

		String title = "有缺号的方案" + System.nanoTime();
		this.mvc
			.perform(confirm(session, draft, title).param("tasks[0].number", "1")
				.param("tasks[0].text", "新建老年食堂3个。")
				.param("tasks[0].leadUnits", "区民政局")
				.param("tasks[1].number", "2")
				.param("tasks[1].text", "开展敬老月活动。")
				.param("tasks[1].leadUnits", "区文旅局")
				.param("tasks[2].number", "4")
				.param("tasks[2].text", "新增老年大学教学点1个。")
				.param("tasks[2].leadUnits", "区委老干部局"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.tasks.find(TaskQuery.all(planTitled(title).id()))).hasSize(3);
	}

	@Test
	void aTableThatRestatesTheTasksGivesThemWithTheirUnitsAndDeadlines() throws Exception {
		byte[] docx = TestFiles.word()
			.paragraphs("测试区2026年老龄工作方案", "二、重点任务", "1.新建老年食堂3个。", "牵头单位：区民政局", "2.开展敬老月活动。", "牵头单位：区文旅局", "附表：任务分工表")
			.table(new String[] { "序号", "工作任务", "牵头单位", "责任单位", "完成时限" },
					new String[] { "1", "新建老年食堂", "区民政局", "各街镇", "2026年6月底" },
					new String[] { "2", "开展敬老月活动", "区文旅局", "区老龄委各成员单位", "2026年10月底" })
			.paragraphs("三、保障措施", "（一）加强组织领导。")
			.bytes();

		List<String> cards = cards(preview(new MockHttpSession(), "方案.docx", docx));

		assertThat(cards).hasSize(2);
		assertThat(cards.get(0)).contains("新建老年食堂", "各街镇", "2026-06-30").doesNotContain("表格");
		assertThat(cards.get(1)).contains("开展敬老月活动", "区老龄委各成员单位", "2026-10-31").doesNotContain("表格");
	}

	@Test
	void anUploadRefusedForItsSizeIsNamedOnTheImportPage() throws Exception {
		String page = this.mvc.perform(get("/plans/import").param("problem", "tooLarge").with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("文件超过 20 MB，无法导入。");
	}

	@Test
	void cancelForgetsTheDraft() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String draft = draftOf(session, TestFiles.seed("000"));

		this.mvc.perform(
				post("/plans/import/" + draft + "/cancel").session(session).with(this.demo.as("office")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/plans/import/" + draft).session(session).with(this.demo.as("office")))
			.andExpect(status().isNotFound());
	}

	@Test
	void badFilesAndNewsReportsGetAMessageAndChangeNothing() throws Exception {
		String before = this.scratch.fingerprint();

		assertThat(upload(TestFiles.encrypted(TestFiles.docx("一、重点任务")))).contains("文件设置了打开密码");
		assertThat(upload(TestFiles.zipBomb())).contains("压缩炸弹");
		assertThat(upload(new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 })).contains("这不是文本文件");
		assertThat(upload(TestFiles.notWord())).contains("不是 Word 文档", "另存为");
		assertThat(upload(TestFiles.seed("004").getBytes(StandardCharsets.UTF_8))).contains("这份文件不像是方案", "新闻报道");
		assertThat(this.scratch.fingerprint()).isEqualTo(before);
	}

	private String upload(byte[] bytes) throws Exception {
		return this.mvc
			.perform(multipart("/plans/import").file(new MockMultipartFile("file", "方案.docx", null, bytes))
				.with(this.demo.as("office"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String preview(MockHttpSession session, String name, byte[] bytes) throws Exception {
		String location = this.mvc
			.perform(multipart("/plans/import").file(new MockMultipartFile("file", name, null, bytes))
				.session(session)
				.with(this.demo.as("office"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return this.mvc.perform(get(location).session(session).with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The task cards of a preview page, in order. */
	private static List<String> cards(String preview) {
		List<String> parts = List.of(preview.split("class=\"card mb-3 import-task"));
		return parts.subList(1, parts.size());
	}

	private String draftOf(MockHttpSession session, String text) throws Exception {
		return ImportRequests.draftOf(this.mvc, this.demo, session, text);
	}

	private MockHttpServletRequestBuilder confirm(MockHttpSession session, String draft, String title) {
		return ImportRequests.confirm(this.demo, session, draft, title);
	}

	private Plan planTitled(String title) {
		return this.plans.findByTitle(this.demo.region("昆都仑区"), title).orElseThrow();
	}

}
