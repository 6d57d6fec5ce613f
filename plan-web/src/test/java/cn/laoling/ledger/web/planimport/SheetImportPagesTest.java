package cn.laoling.ledger.web.planimport;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;
import cn.laoling.ledger.web.spreadsheet.SheetFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 导入台账 through the pages: preview row by row, confirm in one transaction, round trip, bad
 * files.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SheetImportPagesTest {

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

	/**
	 * A ledger as another office keeps it: a title, header synonyms (one with a line
	 * break), a merged and an unmerged section row, a lead unit and a deadline merged
	 * over two rows, an unknown unit.
	 */
	static byte[] officeLedger(String title) {
		return SheetFiles.xlsx((workbook) -> {
			Sheet sheet = workbook.createSheet("台账");
			String[][] rows = { { title }, { "填报单位：区老龄办" }, { "序号", "重点工作", "目标任务", "牵头责任单位", "配合单位", "时间\n节点" },
					{ "一、养老服务" }, { "1", "新建老年食堂，完善助餐服务网络", "新建老年食堂3个", "区民政局", "各街镇", "2023年6月底前" },
					{ "2", "开展老年人助浴服务", "服务老年人不少于500人次", "", "区卫健委", "" }, { "二、健康服务" },
					{ "3", "老年人规范健康管理率达70%以上", "", "区卫健委", "", "2023-12-31" },
					{ "4", "开展敬老月系列活动", "", "区测试导入新单位", "", "年内" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			sheet.addMergedRegion(CellRangeAddress.valueOf("A1:F1"));
			sheet.addMergedRegion(CellRangeAddress.valueOf("A4:F4"));
			sheet.addMergedRegion(CellRangeAddress.valueOf("D5:D6"));
			sheet.addMergedRegion(CellRangeAddress.valueOf("F5:F6"));
		});
	}

	@Autowired
	Reports reports;

	@Test
	void anOfficesLedgerIsPreviewedRowByRowAndSavedAsANewPlan() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = this.scratch.fingerprint();

		String location = upload(session, officeLedger("昆区2023年老龄工作任务分工台账"), null);
		String preview = page(session, location);

		assertThat(this.scratch.fingerprint()).isEqualTo(before);
		assertThat(preview).contains("共 4 行任务：新增 4 项", "第 5 行", "第 9 行", "value=\"昆区2023年老龄工作\"",
				"value=\"2023-01-01\"", "单位名录中没有：区测试导入新单位", "老年食堂3个");
		assertThat(preview.split("class=\"sheet-row")).hasSize(5);

		String title = "台账导入测试" + System.nanoTime();
		this.mvc
			.perform(post(location).session(session)
				.with(this.demo.as("office"))
				.with(csrf())
				.param("title", title)
				.param("periodStart", "2023-01-01")
				.param("periodEnd", "2023-12-31")
				.param("unitChoices[0].name", "区测试导入新单位")
				.param("unitChoices[0].action", "CREATE")
				.param("unitChoices[0].kind", "DEPARTMENT"))
			.andExpect(status().is3xxRedirection());

		Plan plan = this.plans.findByTitle(this.demo.region("昆都仑区"), title).orElseThrow();
		assertThat(plan.sections()).extracting((s) -> s.heading()).containsExactly("一、养老服务", "二、健康服务");
		List<Task> saved = this.tasks.find(TaskQuery.all(plan.id()));
		assertThat(saved).extracting((t) -> t.number().value()).containsExactly("1", "2", "3", "4");
		Task second = saved.get(1);
		assertThat(second.leadUnits()).containsExactly(this.demo.kunquUnit("区民政局").id());
		assertThat(second.deadlines()).extracting(Deadline::wording).containsExactly("2023年6月底前");
		assertThat(second.content().sectionId()).isEqualTo(plan.sections().get(0).id());
		assertThat(second.targets()).singleElement().satisfies((t) -> assertThat(t.counted()).contains("老年人"));
		assertThat(saved.get(2).deadlines()).extracting(Deadline::date).containsExactly(LocalDate.of(2023, 12, 31));
		assertThat(saved.get(2).targets()).hasSize(1);
		assertThat(saved.get(2).content().sectionId()).isEqualTo(plan.sections().get(1).id());
		assertThat(saved.get(3).leadUnits()).containsExactly(this.demo.kunquUnit("区测试导入新单位").id());
	}

	@Test
	void theLedgerThisApplicationExportedComesBackIntoItsPlanWithoutAChange() throws Exception {
		Plan plan = this.demo.kunquPlan();
		byte[] exported = this.mvc.perform(get("/plans/" + plan.id().value() + "/export").with(this.demo.as("office")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		MockHttpSession session = new MockHttpSession();
		String before = this.scratch.fingerprint();

		String location = upload(session, exported, plan.id().value());
		String preview = page(session, location);

		assertThat(preview).contains("共 10 行任务：新增 0 项，修改 0 项，不变 10 项。").doesNotContain("table-danger");
		this.mvc.perform(post(location).session(session).with(this.demo.as("office")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.scratch.fingerprint()).isEqualTo(before);
	}

	@Test
	void intoAnExistingPlanARowOfTheSameNumberIsRevisedAndANewNumberAdded() throws Exception {
		Task task = this.scratch.task("区卫健委", "原来的任务内容");
		Plan plan = this.scratch.plan();
		String number = task.number().value();
		byte[] sheet = SheetFiles.rows(new String[] { "序号", "重点任务", "牵头单位", "完成时限" },
				new String[] { number, "改过的任务内容：创建老年友好型社区2个", "区卫健委", "2026年9月底前" },
				new String[] { "N" + System.nanoTime() % 100000, "新增的任务", "区民政局", "" });
		MockHttpSession session = new MockHttpSession();

		String location = upload(session, sheet, plan.id().value());
		String preview = page(session, location);

		assertThat(preview).contains("新增 1 项，修改 1 项，不变 0 项", "重点任务、完成时限");
		this.mvc.perform(post(location).session(session).with(this.demo.as("office")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Task revised = this.tasks.findById(task.id()).orElseThrow();
		assertThat(revised.text()).isEqualTo("改过的任务内容：创建老年友好型社区2个");
		assertThat(revised.targets()).hasSize(1);
		assertThat(revised.deadlines()).extracting(Deadline::date).containsExactly(LocalDate.of(2026, 9, 30));
		assertThat(this.tasks.find(TaskQuery.all(plan.id()))).anyMatch((t) -> t.text().equals("新增的任务"));
	}

	@Test
	void aProgressColumnComesIntoAnExistingPlanAsTheChosenQuartersAcceptedReport() throws Exception {
		Task task = this.scratch.task("区卫健委", "带进展的任务");
		Plan plan = this.scratch.plan();
		Quarter quarter = Quarter.of(plan.period().start());
		byte[] sheet = SheetFiles.rows(new String[] { "序号", "重点任务", "牵头单位", "进展情况" },
				new String[] { task.number().value(), "带进展的任务", "区卫健委", "已完成场地选址，正在装修。" });
		MockHttpSession session = new MockHttpSession();
		String location = upload(session, sheet, plan.id().value());

		assertThat(page(session, location)).contains("id=\"import-progress\"",
				quarter.year() + "年第" + quarter.number() + "季度");
		this.mvc
			.perform(post(location).param("progressQuarter", quarter.year() + "-" + quarter.number())
				.session(session)
				.with(this.demo.as("office"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.reports.ofTask(task.id())).singleElement().satisfies((report) -> {
			assertThat(report.state()).isEqualTo(ReportState.ACCEPTED);
			assertThat(report.content().progress()).isEqualTo("已完成场地选址，正在装修。");
			assertThat(this.reports.history(report.id())).extracting(ReportEvent::kind)
				.containsExactly(ReportEvent.Kind.IMPORTED);
		});
	}

	@Test
	void aTaskChangedAfterThePreviewMakesTheImportAConflictAndNothingIsSaved() throws Exception {
		Task task = this.scratch.task("区卫健委", "预览后被别人改动的任务");
		Plan plan = this.scratch.plan();
		byte[] sheet = SheetFiles.rows(new String[] { "序号", "重点任务", "牵头单位" },
				new String[] { task.number().value(), "导入想改成的内容", "区卫健委" });
		MockHttpSession session = new MockHttpSession();
		String location = upload(session, sheet, plan.id().value());
		Task meanwhile = this.tasks.findById(task.id()).orElseThrow();
		meanwhile.markStatus(TaskStatus.IN_PROGRESS);
		this.tasks.save(meanwhile);
		String before = this.scratch.fingerprint();

		String page = this.mvc.perform(post(location).session(session).with(this.demo.as("office")).with(csrf()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("已被他人修改，本次导入没有保存任何内容");
		assertThat(this.scratch.fingerprint()).isEqualTo(before);
		assertThat(this.tasks.findById(task.id()).orElseThrow().text()).isEqualTo("预览后被别人改动的任务");
	}

	@Test
	void rowsWithErrorsAreNamedByTheirRowNumberAndCannotBeImported() throws Exception {
		byte[] sheet = SheetFiles.rows(new String[] { "工作台账" }, new String[] { "序号", "工作任务", "牵头单位" },
				new String[] { "1", "有牵头单位的任务", "区民政局" }, new String[] { "2", "没有牵头单位的任务", "" },
				new String[] { "2", "序号重复的任务", "区民政局" });
		MockHttpSession session = new MockHttpSession();
		String before = this.scratch.fingerprint();

		String location = upload(session, sheet, null);
		String preview = page(session, location);

		assertThat(preview).contains("第 4 行", "缺少牵头单位。", "第 5 行", "序号“2”与前面的行重复。", "sheet-errors");
		String page = this.mvc
			.perform(post(location).session(session)
				.with(this.demo.as("office"))
				.with(csrf())
				.param("title", "不应保存的台账")
				.param("periodStart", "2026-01-01")
				.param("periodEnd", "2026-12-31"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("表格中还有错误，不能导入");
		assertThat(this.scratch.fingerprint()).isEqualTo(before);
	}

	static Stream<Arguments> badFiles() {
		return Stream.of(Arguments.of("文本", "序号,重点任务\n1,任务".getBytes(), "不是 Excel 文件"),
				Arguments.of("加密", SheetFiles.encrypted(SheetFiles.rows(new String[] { "序号", "重点任务" })), "设置了打开密码"),
				Arguments.of("旧版 .xls 无任务", SheetFiles.xls((w) -> {
					var header = w.createSheet().createRow(0);
					header.createCell(0).setCellValue("序号");
					header.createCell(1).setCellValue("重点任务");
					header.createCell(2).setCellValue("牵头单位");
				}), "没有任务行"), Arguments.of("压缩炸弹", SheetFiles.zipBomb(), "压缩炸弹"),
				Arguments.of("空表", SheetFiles.xlsx((w) -> w.createSheet()), "表格是空的"),
				Arguments.of("无表头", SheetFiles.rows(new String[] { "姓名", "电话" }, new String[] { "张三", "123" }),
						"没有找到表头"),
				Arguments.of("无任务", SheetFiles.rows(new String[] { "序号", "重点任务", "牵头单位" }), "没有任务行"),
				Arguments.of("十万行", SheetFiles.streamed((w) -> {
					var sheet = w.createSheet();
					for (int r = 0; r < 100_000; r++) {
						sheet.createRow(r).createCell(0).setCellValue(r);
					}
				}), "超过 20000 行"), Arguments.of("公式", SheetFiles.xlsx((w) -> {
					var sheet = w.createSheet();
					for (int r = 0; r < 1_100; r++) {
						sheet.createRow(r).createCell(0).setCellFormula("1+" + r);
					}
				}), "大量公式"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void aBadFileGetsAMessageNamingTheProblemAndNothingIsWritten(String kind, byte[] bytes, String message)
			throws Exception {
		String before = this.scratch.fingerprint();

		String page = this.mvc
			.perform(multipart("/plans/import-sheet").file(new MockMultipartFile("file", kind + ".xlsx", null, bytes))
				.with(this.demo.as("office"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"import-problem\"", message);
		assertThat(this.scratch.fingerprint()).isEqualTo(before);
	}

	@Test
	void aFileOverTwentyMegabytesSentBackByTheUploadLimitIsNamedOnTheImportPage() throws Exception {
		String page = this.mvc
			.perform(get("/plans/import-sheet").param("problem", "tooLarge").with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"import-problem\"", "文件超过 20 MB");
	}

	@Test
	void cancellingDropsTheDraft() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String location = upload(session, officeLedger("取消的台账"), null);

		this.mvc.perform(post(location + "/cancel").session(session).with(this.demo.as("office")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get(location).session(session).with(this.demo.as("office"))).andExpect(status().isNotFound());
	}

	private String upload(MockHttpSession session, byte[] bytes, Long plan) throws Exception {
		var request = multipart("/plans/import-sheet").file(new MockMultipartFile("file", "台账.xlsx", null, bytes))
			.session(session)
			.with(this.demo.as("office"))
			.with(csrf());
		if (plan != null) {
			request.param("plan", plan.toString());
		}
		return this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String page(MockHttpSession session, String location) throws Exception {
		return this.mvc.perform(get(location).session(session).with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
