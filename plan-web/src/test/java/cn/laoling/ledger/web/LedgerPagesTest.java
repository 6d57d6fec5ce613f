package cn.laoling.ledger.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.support.KeptBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ledger as the office keeps it and as liaisons and leaders read it. */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	Tasks tasks;

	@Autowired
	Reports reports;

	@Autowired
	Units units;

	@Test
	void theKunquLedgerListsItsTenTasksWithTheirLeadUnits() throws Exception {
		String page = page("/plans/" + this.demo.kunquPlan().id().value(), "leader");

		assertThat(count(page, "class=\"task-row")).isEqualTo(10);
		assertThat(page).contains("区卫健委、各街镇", "区民政局、区财政局、区住建局", "区委老干部局");
		assertThat(page).contains("老年友好型社区26个", "规范健康管理率不少于70%", "每季度涉老服务短视频3条");
		assertThat(page).contains("到2022年底", "2022年5月底", "二、重点任务");
	}

	@Test
	void theLiangzhouLedgerGroupsItsTwentyTasksUnderSixSections() throws Exception {
		String page = page("/plans/" + this.demo.liangzhouPlan().id().value(), "lz-office");

		assertThat(count(page, "class=\"task-row")).isEqualTo(20);
		assertThat(count(page, "class=\"section-row")).isEqualTo(6);
		assertThat(page).contains("（一）优化居家养老服务供给", "每年老年人运用智能技术培训不少于1500人次");
	}

	@Test
	void aLiaisonSeesTheTasksOfTheirUnitAndOfItsGroupsHighlighted() throws Exception {
		String plan = "/plans/" + this.demo.kunquPlan().id().value();

		String all = page(plan, "wjw");
		String mine = page(plan + "?mine=true", "wjw");

		// 区卫健委 leads tasks 1 and 7; task 9 names 区老龄委各成员单位, a group 区卫健委 belongs to.
		assertThat(count(all, "own-task")).isEqualTo(3);
		assertThat(count(mine, "class=\"task-row")).isEqualTo(3);
		assertThat(mine).contains("区委宣传部");
	}

	@Test
	void aUnitFilterAndOnlyMyUnitNarrowTogether() throws Exception {
		String plan = "/plans/" + this.demo.kunquPlan().id().value();
		long civil = this.demo.kunquUnit("区民政局").id().value();

		// Of 区民政局's tasks 1, 2 and 9, 区卫健委 shares 1 (lead) and 9 (through the group).
		assertThat(count(page(plan + "?mine=true&unit=" + civil, "wjw"), "class=\"task-row")).isEqualTo(2);
	}

	@Test
	void theLedgerFiltersByUnitStatusAndText() throws Exception {
		String plan = "/plans/" + this.demo.kunquPlan().id().value();
		long civil = this.demo.kunquUnit("区民政局").id().value();

		// 区民政局 leads task 2, is responsible for task 1, and belongs to 区老龄委各成员单位 (task
		// 9).
		assertThat(count(page(plan + "?unit=" + civil, "office"), "class=\"task-row")).isEqualTo(3);
		assertThat(count(page(plan + "?q=适老化", "office"), "class=\"task-row")).isEqualTo(2);
		assertThat(count(page(plan + "?status=COMPLETED", "office"), "class=\"task-row")).isZero();
	}

	@Test
	void theLedgerKeptForThoseWhoSeeTheSameFollowsEveryChangeToThePlan() throws Exception {
		ScratchData.NoticePlan seeded = this.scratch.noticePlan();
		String url = "/plans/" + seeded.plan().id().value();
		String office = KeptBody.of(page(url, "office"));
		assertThat(office).contains("id=\"periods\"").doesNotContainIgnoringCase("csrf").doesNotContain("office");
		assertThat(KeptBody.of(page(url, "leader"))).as("the office's buttons are the office's alone")
			.doesNotContain("id=\"periods\"");
		assertThat(count(KeptBody.of(page(url, "wjw")), "own-task")).as("区卫健委's task marked for its liaison")
			.isEqualTo(1);

		Task planning = this.tasks.find(TaskQuery.all(seeded.plan().id())).get(2);
		planning.extendTo(LocalDate.of(2099, 12, 31));
		this.tasks.save(planning);
		assertThat(KeptBody.of(page(url, "office"))).as("a deadline extended").contains("extended-to");

		this.reports.save(new Report(null, planning.id(), seeded.q2().id(), this.demo.kunquUnit("区民政局").id(),
				ReportKind.CONSOLIDATED,
				new ReportContent("布局规划已起草", List.of(), TaskStatus.IN_PROGRESS, null, null, null), ReportState.ACCEPTED,
				null, Instant.parse("2026-06-24T02:00:00Z"), 0));
		assertThat(KeptBody.of(page(url, "office"))).as("a report accepted").contains("布局规划已起草");

		String unit = "区测试局" + UUID.randomUUID().toString().substring(0, 8);
		this.units.save(Unit.register(seeded.plan().regionId(), new UnitName(unit), UnitKind.DEPARTMENT));
		assertThat(KeptBody.of(page(url, "office"))).as("a unit added to the region").contains(unit);
		assertThat(count(KeptBody.of(page(url + "?q=" + unit, "office")), "class=\"task-row")).as("a search, not kept")
			.isZero();
	}

	@Test
	void theOfficeAddsATaskNamingUnitsByTheirAliases() throws Exception {
		long plan = newPlan();

		MvcResult created = this.mvc
			.perform(post("/plans/" + plan + "/tasks").with(this.demo.as("office"))
				.with(csrf())
				.param("number", "1")
				.param("position", "1")
				.param("text", "新增老年助餐点10个")
				.param("leadUnits", "民政局、各街镇")
				.param("responsibleUnits", "财政局")
				.param("status", "NOT_STARTED")
				.param("targets[0].counted", "老年助餐点")
				.param("targets[0].comparator", "AT_LEAST")
				.param("targets[0].low", "10")
				.param("targets[0].measure", "个")
				.param("targets[0].recurrence", "ONCE")
				.param("deadlines[0].date", "2026-06-30")
				.param("deadlines[0].wording", "6月底前"))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		String detail = page(created.getResponse().getRedirectedUrl(), "office");
		assertThat(detail).contains("新增老年助餐点10个", "区民政局、各街镇", "区财政局", "老年助餐点不少于10个", "6月底前");
	}

	@Test
	void anUnknownUnitIsNamedAndNothingIsSaved() throws Exception {
		long plan = newPlan();

		String page = this.mvc
			.perform(post("/plans/" + plan + "/tasks").with(this.demo.as("office"))
				.with(csrf())
				.param("number", "1")
				.param("position", "1")
				.param("text", "新增老年助餐点10个")
				.param("leadUnits", "区民政局、区养老局")
				.param("status", "NOT_STARTED"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("未找到单位：区养老局", "新增老年助餐点10个");
		assertThat(count(page("/plans/" + plan, "office"), "class=\"task-row")).isZero();
	}

	@Test
	void aTaskFormWithFourMistakesShowsAllFourAtTheirFieldsInOneAnswer() throws Exception {
		long plan = newPlan();

		String page = this.mvc
			.perform(post("/plans/" + plan + "/tasks").with(this.demo.as("office"))
				.with(csrf())
				.param("number", "1")
				.param("position", "1")
				.param("text", " ")
				.param("leadUnits", "区民政局、区养老局")
				.param("status", "NOT_STARTED")
				.param("targets[0].counted", "老年助餐点")
				.param("targets[0].measure", "个")
				.param("targets[1].counted", "培训")
				.param("targets[1].low", "1,5")
				.param("targets[1].measure", "人次")
				.param("deadlines[0].wording", "6月底前"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("此项必填。", "未找到单位：区养老局", "第1个目标不完整", "请输入数字。", "第1个时限缺少日期。");
		assertThat(count(page, "class=\"invalid-feedback\"")).as("each mistake at its field").isGreaterThanOrEqualTo(5);
		assertThat(count(page("/plans/" + plan, "office"), "class=\"task-row")).isZero();
	}

	@Test
	void aNegativeTargetAndOverlongWordsAreNamedAtTheirFieldsAndNothingIsSaved() throws Exception {
		long plan = newPlan();

		String page = this.mvc
			.perform(post("/plans/" + plan + "/tasks").with(this.demo.as("office"))
				.with(csrf())
				.param("number", "1")
				.param("position", "1")
				.param("text", "新增老年助餐点")
				.param("leadUnits", "区民政局")
				.param("status", "NOT_STARTED")
				.param("targets[0].counted", "老年助餐点")
				.param("targets[0].low", "-5")
				.param("targets[0].measure", "个")
				.param("targets[1].counted", "培训")
				.param("targets[1].low", "10")
				.param("targets[1].measure", "人次人次人次人次人次人次")
				.param("deadlines[0].date", "2026-06-30")
				.param("deadlines[0].wording", "到年底".repeat(20)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("不能为负数。", "长度不能超过10个字符。", "长度不能超过50个字符。").doesNotContain("第1个目标填写有误", "第2个目标填写有误");
		assertThat(count(page("/plans/" + plan, "office"), "class=\"task-row")).isZero();
	}

	@Test
	void aTargetIsShownOnTheFormAsWrittenAndReadBackAsTypedWithOrWithoutGrouping() throws Exception {
		long plan = newPlan();
		MvcResult created = this.mvc
			.perform(post("/plans/" + plan + "/tasks").with(this.demo.as("office"))
				.with(csrf())
				.param("number", "1")
				.param("position", "1")
				.param("text", "规范健康管理率达70%以上，培训1500人次，新建0.5万平方米")
				.param("leadUnits", "区卫健委")
				.param("status", "NOT_STARTED")
				.param("targets[0].counted", "规范健康管理率")
				.param("targets[0].low", "70")
				.param("targets[0].measure", "%")
				.param("targets[1].counted", "培训")
				.param("targets[1].low", "1,500")
				.param("targets[1].measure", "人次")
				.param("targets[2].counted", "养老服务设施")
				.param("targets[2].low", "０.５")
				.param("targets[2].measure", "万平方米"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String task = created.getResponse().getRedirectedUrl();

		String form = page(task + "/edit", "office");
		assertThat(form).contains("value=\"70\"", "value=\"1500\"", "value=\"0.5\"").doesNotContain("E+");
		assertThat(page(task, "office")).contains("规范健康管理率70%", "培训1500人次", "养老服务设施0.5万平方米").doesNotContain("E+");
	}

	@Test
	void ofTwoOfficeUsersEditingOneTaskTheSecondGetsAConflictAndKeepsTheirInput() throws Exception {
		Task task = aTaskInANewPlan();
		long seen = task.version();

		edit(task, seen, "第一位同事的修改").andExpect(status().is3xxRedirection());
		String page = edit(task, seen, "第二位同事的修改").andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("该记录已被他人修改", "第二位同事的修改");
		assertThat(this.demo.task(task.id().value()).text()).isEqualTo("第一位同事的修改");
	}

	@Test
	void readersCannotChangeATask() throws Exception {
		Task task = aTaskInANewPlan();
		for (String reader : List.of("leader", "wjw", "mzj")) {
			this.mvc
				.perform(post("/tasks/" + task.id().value() + "/edit").with(this.demo.as(reader))
					.with(csrf())
					.param("text", "越权修改"))
				.andExpect(status().isForbidden());
		}
		assertThat(this.demo.task(task.id().value()).text()).isEqualTo(task.text());
	}

	@Test
	void anotherRegionsOfficeCannotFindTheTask() throws Exception {
		Task task = aTaskInANewPlan();

		edit(task, task.version(), "跨区修改", "lz-office").andExpect(status().isNotFound());

		assertThat(this.demo.task(task.id().value()).text()).isEqualTo(task.text());
	}

	@Test
	void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
		Task task = aTaskInANewPlan();

		this.mvc
			.perform(post("/tasks/" + task.id().value() + "/delete").with(this.demo.as("office"))
				.param("version", String.valueOf(task.version())))
			.andExpect(status().isForbidden());

		assertThat(this.demo.task(task.id().value())).isNotNull();
	}

	@Test
	void theOfficeDeletesATask() throws Exception {
		Task task = aTaskInANewPlan();

		this.mvc
			.perform(post("/tasks/" + task.id().value() + "/delete").with(this.demo.as("office"))
				.with(csrf())
				.param("version", String.valueOf(task.version())))
			.andExpect(status().is3xxRedirection());

		assertThat(count(page("/plans/" + task.planId().value(), "office"), "class=\"task-row")).isZero();
	}

	@Test
	void aStaleDeleteIsAConflictAndDeletesNothing() throws Exception {
		Task task = aTaskInANewPlan();
		edit(task, task.version(), "先被改过").andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post("/tasks/" + task.id().value() + "/delete").with(this.demo.as("office"))
				.with(csrf())
				.param("version", String.valueOf(task.version())))
			.andExpect(status().isConflict());

		assertThat(this.demo.task(task.id().value()).text()).isEqualTo("先被改过");
	}

	@Test
	void extendingAPlanMovesTheImpliedDeadlinesOfItsTasks() throws Exception {
		Task task = aTaskInANewPlan();
		var plan = this.demo.plan(task.planId().value());

		this.mvc
			.perform(post("/plans/" + plan.id().value() + "/edit").with(this.demo.as("office"))
				.with(csrf())
				.param("title", plan.title())
				.param("periodStart", "2026-01-01")
				.param("periodEnd", "2027-12-31")
				.param("status", "IN_FORCE")
				.param("version", String.valueOf(plan.version())))
			.andExpect(status().is3xxRedirection());

		assertThat(this.demo.task(task.id().value()).finalDeadline().date()).hasToString("2027-12-31");
	}

	private ResultActions edit(Task task, long version, String text) throws Exception {
		return edit(task, version, text, "office");
	}

	private ResultActions edit(Task task, long version, String text, String username) throws Exception {
		return this.mvc.perform(post("/tasks/" + task.id().value() + "/edit").with(this.demo.as(username))
			.with(csrf())
			.param("number", task.number().value())
			.param("position", "1")
			.param("text", text)
			.param("leadUnits", "区卫健委")
			.param("status", "IN_PROGRESS")
			.param("version", String.valueOf(version)));
	}

	private Task aTaskInANewPlan() throws Exception {
		long plan = newPlan();
		this.mvc
			.perform(post("/plans/" + plan + "/tasks").with(this.demo.as("office"))
				.with(csrf())
				.param("number", "1")
				.param("position", "1")
				.param("text", "原始任务内容")
				.param("leadUnits", "区卫健委")
				.param("status", "NOT_STARTED"))
			.andExpect(status().is3xxRedirection());
		return this.demo.tasksOf(this.demo.plan(plan)).get(0);
	}

	/** A new, empty plan of 昆都仑区, made through the page, for a test to change freely. */
	private long newPlan() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/plans").with(this.demo.as("office"))
				.with(csrf())
				.param("title", "测试方案" + UUID.randomUUID())
				.param("periodStart", "2026-01-01")
				.param("periodEnd", "2026-12-31")
				.param("status", "IN_FORCE"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	private String page(String url, String username) throws Exception {
		return this.mvc.perform(get(url).with(this.demo.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static int count(String page, String marker) {
		return page.split(Pattern.quote(marker), -1).length - 1;
	}

}
