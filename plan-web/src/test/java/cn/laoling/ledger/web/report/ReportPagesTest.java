package cn.laoling.ledger.web.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;
import cn.laoling.ledger.web.TestImages;
import cn.laoling.ledger.web.notification.NotificationService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 进度报送 through the pages: 我的待办, drafts, submissions with their checks, the two tiers,
 * conflicts, and units kept out of each other's reports.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	Tasks tasks;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	Reports reports;

	@Autowired
	NotificationService notifications;

	@Test
	void myWorkListsTheUnitsTasksWithTheirTierAndState() throws Exception {
		Task task = task("区卫健委", "区民政局");

		String health = page("/reports", "wjw");
		String civil = page("/reports", "mzj");

		Quarter now = Quarter.of(LocalDate.now(ZoneId.of("Asia/Shanghai")));
		assertThat(row(health, task)).contains("牵头汇总报老龄办", "未填报", now.year() + "年第" + now.number() + "季度");
		assertThat(row(civil, task)).contains("配合单位报牵头单位", "未填报");
		assertThat(health).as("the demo's 2022 plan is closed and asks for nothing more")
			.doesNotContain("全面启动老年友好型社区创建工作")
			.as("the demo's plan in force this year")
			.contains("推进老年友好型社区创建");
	}

	@Test
	void aDraftIsKeptAnIncompleteSubmissionIsExplainedAndACompleteOneGoesToTheOffice() throws Exception {
		Task task = task("区卫健委", "区民政局");
		String form = formUrl(task);

		this.mvc.perform(as("wjw", post(form)).param("action", "draft").param("version", "-1").param("progress", "已启动"))
			.andExpect(status().is3xxRedirection());
		Report draft = ownReport(task);
		assertThat(draft.state()).isEqualTo(ReportState.DRAFT);

		String refused = this.mvc
			.perform(as("wjw", post(form)).param("action", "submit")
				.param("version", String.valueOf(draft.version()))
				.param("progress", "已启动")
				.param("figures[0].value", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("请填写第 1 个量化目标的累计完成数。", "已启动");
		assertThat(ownReport(task).state()).isEqualTo(ReportState.DRAFT);

		this.mvc
			.perform(as("wjw", post(form)).param("action", "submit")
				.param("version", String.valueOf(draft.version()))
				.param("progress", "已创建8个")
				.param("figures[0].value", "8")
				.param("status", "IN_PROGRESS"))
			.andExpect(status().is3xxRedirection());
		Report submitted = ownReport(task);
		assertThat(submitted.state()).isEqualTo(ReportState.SUBMITTED);
		assertThat(submitted.content().figure(0).amount()).isEqualByComparingTo("8");
		assertThat(this.reports.history(submitted.id())).extracting(ReportEvent::kind)
			.containsExactly(ReportEvent.Kind.SUBMITTED);
		assertThat(row(page("/reports", "wjw"), task)).contains("已提交");
	}

	@Test
	void theLeadUnitSeesTheResponsibleUnitsSubmittedPartsSummed() throws Exception {
		Task task = task("区卫健委", "区民政局");

		submitPartOf区民政局(task);

		String lead = page(formUrl(task), "wjw");
		assertThat(lead).contains("责任单位报送情况", "区民政局", "区民政局已创建3个", "合计", "<td>3</td>");

		this.mvc
			.perform(as("wjw", post(formUrl(task))).param("action", "draft")
				.param("version", "-1")
				.param("progress", "牵头草稿"))
			.andExpect(status().is3xxRedirection());
		String civilTimeline = page("/tasks/" + task.id().value(), "mzj");
		assertThat(civilTimeline).contains("配合单位报牵头单位").doesNotContain("牵头汇总报老龄办");
		assertThat(page("/tasks/" + task.id().value(), "office")).contains("配合单位报牵头单位", "牵头汇总报老龄办");
	}

	@Test
	void aFigureBelowLastAcceptedPeriodsNeedsAnExplanation() throws Exception {
		Task task = task("区卫健委", null);
		ReportingPeriod earlier = this.periods.forPlan(task.planId()).get(0);
		Report accepted = Report.start(task.id(), earlier, this.demo.kunquUnit("区卫健委").id(), ReportKind.CONSOLIDATED,
				1);
		accepted.submit(earlier,
				new ReportContent("一季度", List.of(Figure.of(BigDecimal.TEN)), TaskStatus.IN_PROGRESS, null, null, null),
				task.targets(), List.of(), 0, Instant.now());
		accepted.accept(earlier);
		this.reports.save(accepted);

		String refused = this.mvc
			.perform(as("wjw", post(formUrl(task))).param("action", "submit")
				.param("version", "-1")
				.param("progress", "复核后减少")
				.param("figures[0].value", "8"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("第 1 个目标的累计数比上期少");

		this.mvc
			.perform(as("wjw", post(formUrl(task))).param("action", "submit")
				.param("version", "-1")
				.param("progress", "复核后减少")
				.param("figures[0].value", "8")
				.param("explanation", "两个社区复核不达标，已撤销"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void evidenceIsUploadedFromThePageAndMakesAReportOfADoneTaskSubmittable() throws Exception {
		Task task = task("区卫健委", "区民政局");
		String form = formUrl(task);
		LongFunction<MockHttpServletRequestBuilder> done = (version) -> as("wjw", post(form)).param("action", "submit")
			.param("version", String.valueOf(version))
			.param("progress", "全部创建完成")
			.param("figures[0].value", "26")
			.param("status", "COMPLETED");

		assertThat(this.mvc.perform(done.apply(-1)).andReturn().getResponse().getContentAsString())
			.contains("完成状态为“已完成”时，须上传佐证材料。");

		String text = this.mvc
			.perform(
					multipart(form + "/evidence").file(new MockMultipartFile("file", "名单.txt", null, "不是图片".getBytes()))
						.with(this.demo.as("wjw"))
						.with(csrf())
						.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(text).contains("只能上传图片（PNG、JPG、GIF）、PDF、Word 或 Excel 文件").doesNotContain("<html");

		this.mvc
			.perform(multipart(form + "/evidence")
				.file(new MockMultipartFile("file", "C:\\照片\\验收现场.png", null, TestImages.PNG))
				.with(this.demo.as("wjw"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Report draft = ownReport(task);
		assertThat(page(form, "wjw")).contains("验收现场.png");
		long evidenceId = Long.parseLong(page(form, "wjw").replaceAll("(?s).*/evidence/(\\d+)\".*", "$1"));

		var download = this.mvc.perform(get(form + "/evidence/" + evidenceId).with(this.demo.as("wjw")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(download.getContentType()).isEqualTo("image/png");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(download.getContentAsByteArray()).isEqualTo(TestImages.PNG);
		this.mvc.perform(get(form + "/evidence/" + evidenceId).with(this.demo.as("mzj")))
			.andExpect(status().isNotFound());

		this.mvc.perform(done.apply(draft.version())).andExpect(status().is3xxRedirection());
		assertThat(ownReport(task).state()).isEqualTo(ReportState.SUBMITTED);
		this.mvc.perform(as("wjw", post(form + "/evidence/" + evidenceId + "/delete")))
			.andExpect(status().is3xxRedirection());
		assertThat(page(form, "wjw")).as("a submitted report keeps its files").contains("验收现场.png");
	}

	@Test
	void aUnitTheTaskDoesNotNameCannotReadOrWriteItsReports() throws Exception {
		Task task = task("区卫健委", null);
		String form = formUrl(task);

		this.mvc.perform(as("mzj", get(form))).andExpect(status().isNotFound());
		this.mvc.perform(as("mzj", post(form)).param("action", "draft").param("version", "-1").param("progress", "冒名"))
			.andExpect(status().isNotFound());

		assertThat(this.reports.forTask(task.id(), period(task).id())).isEmpty();
	}

	@Test
	void theSecondOfTwoEditsFromTheSameFormIsAConflictAndKeepsItsText() throws Exception {
		Task task = task("区卫健委", null);
		String form = formUrl(task);
		this.mvc.perform(as("wjw", post(form)).param("action", "draft").param("version", "-1").param("progress", "甲写的"))
			.andExpect(status().is3xxRedirection());

		String second = this.mvc
			.perform(as("wjw", post(form)).param("action", "draft").param("version", "-1").param("progress", "乙写的"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(second).contains("该报送已被他人修改并保存", "乙写的");
		assertThat(ownReport(task).content().progress()).isEqualTo("甲写的");
	}

	@Test
	void aClosedPeriodTakesNoReports() throws Exception {
		Task task = task("区卫健委", null);
		ReportingPeriod period = period(task);
		period.close();
		this.periods.save(period);
		try {
			String page = this.mvc
				.perform(as("wjw", post(formUrl(task))).param("action", "draft")
					.param("version", "-1")
					.param("progress", "晚了"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(page).contains("本报送期已锁定");
			assertThat(this.reports.forTask(task.id(), period.id())).isEmpty();
		}
		finally {
			ReportingPeriod closed = period(task);
			closed.reopen();
			this.periods.save(closed);
		}
	}

	@Test
	void theLeadUnitSeesWhichResponsibleUnitsHaveNotReportedAndChasesEachOnceADay() throws Exception {
		Task task = task("区卫健委", "区民政局");
		String chase = formUrl(task) + "/chase";
		String civil = String.valueOf(this.demo.kunquUnit("区民政局").id().value());
		int unread = this.notifications.unread(this.demo.viewer("mzj"));

		String lead = page(formUrl(task), "wjw");
		assertThat(lead).contains("尚未报送的责任单位");
		assertThat(lead.substring(lead.indexOf("id=\"missing\""))).contains("区民政局", "催报");

		this.mvc.perform(as("wjw", post(chase)).param("unit", civil))
			.andExpect(flash().attribute("message", "flash.report.chased"));
		assertThat(this.notifications.unread(this.demo.viewer("mzj"))).isEqualTo(unread + 1);
		NotificationService.Item told = this.notifications.latest(this.demo.viewer("mzj")).get(0);
		assertThat(told.title()).startsWith("催报：任务" + task.number().value() + "的");
		assertThat(told.body()).contains("牵头单位区卫健委催报");
		assertThat(page(formUrl(task), "wjw")).contains("已于 " + LocalDate.now(ZoneId.of("Asia/Shanghai")) + " 催报");

		this.mvc.perform(as("wjw", post(chase)).param("unit", civil))
			.andExpect(flash().attribute("error", "rule.report.chase.today"));
		assertThat(this.notifications.unread(this.demo.viewer("mzj"))).as("not sent twice the same day")
			.isEqualTo(unread + 1);
		assertThat(this.mvc
			.perform(get(formUrl(task)).with(this.demo.as("wjw")).flashAttr("error", "rule.report.chase.today"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("今天已经催报过该单位，不再重复发送。");

		submitPartOf区民政局(task);
		assertThat(page(formUrl(task), "wjw")).contains("责任单位都已提交本期的配合报送。");
		this.mvc.perform(as("wjw", post(chase)).param("unit", civil))
			.andExpect(flash().attribute("error", "rule.report.chase.reported"));
		this.mvc.perform(as("mzj", post(chase)).param("unit", civil)).andExpect(status().isNotFound());
	}

	/** 区民政局 submits its part of the task's current period to the lead unit: 3 created. */
	private void submitPartOf区民政局(Task task) throws Exception {
		this.mvc
			.perform(as("mzj", post(formUrl(task))).param("action", "submit")
				.param("version", "-1")
				.param("progress", "区民政局已创建3个")
				.param("figures[0].value", "3"))
			.andExpect(status().is3xxRedirection());
	}

	/** A task of the scratch plan (this year) with one target, led by one unit. */
	private Task task(String lead, String responsible) {
		Plan plan = this.scratch.plan();
		return this.tasks
			.save(plan.newTask(new TaskContent(new TaskNumber("R" + UUID.randomUUID().toString().substring(0, 6)), 1,
					null, "报送测试任务" + UUID.randomUUID(), List.of(this.demo.kunquUnit(lead).id()),
					(responsible == null) ? List.of() : List.of(this.demo.kunquUnit(responsible).id()),
					List.of(Target.atLeast(26, "个", "老年友好型社区")), List.of())));
	}

	private ReportingPeriod period(Task task) {
		Quarter now = Quarter.of(LocalDate.now(ZoneId.of("Asia/Shanghai")));
		return this.periods.forPlan(task.planId())
			.stream()
			.filter((p) -> p.quarter().equals(now))
			.findFirst()
			.orElseThrow();
	}

	private String formUrl(Task task) {
		return "/tasks/" + task.id().value() + "/reports/" + period(task).id().value();
	}

	private Report ownReport(Task task) {
		return this.reports.forTask(task.id(), period(task).id()).get(0);
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(this.demo.as(user)).with(csrf());
	}

	private String page(String url, String user) throws Exception {
		return this.mvc.perform(get(url).with(this.demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String row(String page, Task task) {
		int at = page.indexOf("data-task-id=\"" + task.id().value() + "\"");
		assertThat(at).as("task " + task.text() + " listed").isPositive();
		return page.substring(at, page.indexOf("</tr>", at));
	}

}
