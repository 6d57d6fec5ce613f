package cn.laoling.ledger.web.planimport;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A progress table copied from a government web page (序号/任务/牵头单位/计划完成时间/进展情况, one cell a
 * line) imported as a plan, its 进展情况 as the accepted reports of the quarter the office
 * chose, marked as imported; or, not chosen, as tasks only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgressImportTest {

	private static final String TABLE = """
			某区2026年老龄工作重点任务推进情况
			序号
			任务
			牵头单位
			计划完成时间
			进展情况
			1
			建设区级智慧养老服务平台
			区民政局
			2026年9月底
			平台已完成招标，正在开发。
			2
			开展“敬老月”系列活动
			区卫健委
			2026年10月
			已举办活动12场。
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	Plans plans;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ScratchData scratch;

	@Autowired
	Tasks tasks;

	@Test
	void thePreviewOffersTheQuartersOfThePlanAndShowsEachTasksProgress() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String draft = draftOf(session);

		String preview = this.mvc.perform(get("/plans/import/" + draft).session(session).with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(preview).contains("id=\"import-progress\"", "不导入（只导入任务）", "2026年第3季度", "平台已完成招标，正在开发。", "已举办活动12场。");
	}

	@Test
	void theProgressOfTheChosenQuarterIsTheLeadUnitsAcceptedReportMarkedAsImported() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String title = "进展导入测试" + System.nanoTime();

		this.mvc.perform(confirm(session, draftOf(session), title).param("progressQuarter", "2026-3"))
			.andExpect(status().is3xxRedirection());

		Plan plan = this.plans.findByTitle(this.demo.region("昆都仑区"), title).orElseThrow();
		List<String> reports = this.jdbc.queryForList("""
				select t.number || ' ' || u.name || ' ' || r.state || ' ' || p.year || 'Q' || p.quarter || ' '
				  || r.progress || ' ' || e.kind
				from report r join task t on t.id = r.task_id join unit u on u.id = r.unit_id
				join reporting_period p on p.id = r.period_id join report_event e on e.report_id = r.id
				where t.plan_id = ? order by t.position""", String.class, plan.id().value());
		assertThat(reports).containsExactly("1 区民政局 ACCEPTED 2026Q3 平台已完成招标，正在开发。 IMPORTED",
				"2 区卫健委 ACCEPTED 2026Q3 已举办活动12场。 IMPORTED");
		String task = this.mvc.perform(get("/tasks/" + taskId(plan, "1")).with(this.demo.as("office")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(task).contains("平台已完成招标，正在开发。", "从进展情况表导入");
		assertThat(this.jdbc.queryForList("select status from task where plan_id = ?", String.class, plan.id().value()))
			.as("under way, as an accepted report makes a task")
			.containsOnly("IN_PROGRESS");
		assertThat(this.jdbc.queryForList("select detail from audit_event where type = 'PLAN_IMPORTED'", String.class))
			.as("the import's audit row says what became of the progress")
			.contains("导入任务2项；进展情况导入为2026年第3季度的报送2项，已有报送未覆盖0项");
	}

	@Test
	void notChosenTheTasksComeWithoutReportsAndAQuarterOutsideThePlanIsRefused() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String title = "进展不导入测试" + System.nanoTime();
		String draft = draftOf(session);

		String refused = this.mvc.perform(confirm(session, draft, title).param("progressQuarter", "2030-1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("所选的2030年第1季度不在方案期限内");
		assertThat(this.plans.findByTitle(this.demo.region("昆都仑区"), title)).isEmpty();

		this.mvc.perform(confirm(session, draft, title).param("progressQuarter", ""))
			.andExpect(status().is3xxRedirection());
		Plan plan = this.plans.findByTitle(this.demo.region("昆都仑区"), title).orElseThrow();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from report r join task t on t.id = r.task_id where t.plan_id = ?", Integer.class,
				plan.id().value()))
			.isZero();
	}

	@Test
	void aProgressTableOfAnExistingPlanGoesToItsTasksByNumberAndMakesNoPlan() throws Exception {
		Plan existing = this.scratch.planInForce("已有方案的进展");
		for (String[] task : new String[][] { { "1", "区民政局" }, { "2", "区卫健委" } }) {
			this.tasks.save(existing.newTask(new TaskContent(new TaskNumber(task[0]), Integer.parseInt(task[0]), null,
					"已有任务" + task[0], List.of(this.demo.kunquUnit(task[1]).id()), List.of(), List.of(), List.of())));
		}
		MockHttpSession session = new MockHttpSession();
		String draft = draftOf(session);
		String notMade = "不应新建的方案" + System.nanoTime();

		String preview = this.mvc.perform(get("/plans/import/" + draft).session(session).with(this.demo.as("office")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(preview).contains("进展情况属于哪个方案", existing.title());
		this.mvc
			.perform(confirm(session, draft, notMade).param("progressPlan", String.valueOf(existing.id().value()))
				.param("progressQuarter", existing.period().start().getYear() + "-2"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/plans/" + existing.id().value()));

		assertThat(this.plans.findByTitle(this.demo.region("昆都仑区"), notMade)).isEmpty();
		assertThat(this.jdbc.queryForList(
				"select t.text || ' ' || r.progress || ' ' || r.state from report r join task t on t.id = r.task_id"
						+ " where t.plan_id = ? order by t.position",
				String.class, existing.id().value()))
			.containsExactly("已有任务1 平台已完成招标，正在开发。 ACCEPTED", "已有任务2 已举办活动12场。 ACCEPTED");
		assertThat(this.jdbc.queryForList("select text from task where plan_id = ? order by position", String.class,
				existing.id().value()))
			.as("the plan's tasks are not changed")
			.containsExactly("已有任务1", "已有任务2");
	}

	@Test
	void aPlanImportedByMistakeWithItsProgressIsDeletedWithIt() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String title = "误导入的进展" + System.nanoTime();
		this.mvc.perform(confirm(session, draftOf(session), title).param("progressQuarter", "2026-3"))
			.andExpect(status().is3xxRedirection());
		Plan plan = this.plans.findByTitle(this.demo.region("昆都仑区"), title).orElseThrow();

		this.mvc
			.perform(post("/plans/" + plan.id().value() + "/delete").param("version", String.valueOf(plan.version()))
				.with(this.demo.as("office"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.plans.findByTitle(this.demo.region("昆都仑区"), title)).as("deleted, its imported reports with it")
			.isEmpty();
	}

	private long taskId(Plan plan, String number) {
		return this.jdbc.queryForObject("select id from task where plan_id = ? and number = ?", Long.class,
				plan.id().value(), number);
	}

	private String draftOf(MockHttpSession session) throws Exception {
		return ImportRequests.draftOf(this.mvc, this.demo, session, TABLE);
	}

	private MockHttpServletRequestBuilder confirm(MockHttpSession session, String draft, String title) {
		return ImportRequests.confirm(this.demo, session, draft, title)
			.param("tasks[0].number", "1")
			.param("tasks[0].text", "建设区级智慧养老服务平台")
			.param("tasks[0].leadUnits", "区民政局")
			.param("tasks[0].progress", "平台已完成招标，正在开发。")
			.param("tasks[1].number", "2")
			.param("tasks[1].text", "开展“敬老月”系列活动")
			.param("tasks[1].leadUnits", "区卫健委")
			.param("tasks[1].progress", "已举办活动12场。");
	}

}
