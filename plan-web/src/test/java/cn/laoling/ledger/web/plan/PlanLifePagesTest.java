package cn.laoling.ledger.web.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.web.DemoLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan's life as the office undoes its mistakes: a draft stays with the office until it
 * is put in force; a plan put in force by mistake is withdrawn, to a draft while nothing
 * is on record, else 作废 and kept; a draft is deleted with its tasks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanLifePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	Plans plans;

	@Autowired
	Tasks tasks;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aDraftIsSeenByTheOfficeThatKeepsItAloneUntilItIsPutInForce() throws Exception {
		Plan plan = plan(false);
		Task task = task(plan, "草稿里的任务" + UUID.randomUUID());
		String title = plan.title();
		String ledger = "/plans/" + plan.id().value();

		assertThat(page("office", "/plans")).contains(title);
		this.mvc.perform(get(ledger).with(this.demo.as("office"))).andExpect(status().isOk());
		for (String other : List.of("leader", "wjw", "lz-office")) {
			this.mvc.perform(get(ledger).with(this.demo.as(other))).andExpect(status().isNotFound());
			this.mvc.perform(get("/tasks/" + task.id().value()).with(this.demo.as(other)))
				.andExpect(status().isNotFound());
		}
		assertThat(page("leader", "/plans")).doesNotContain(title);
		assertThat(page("leader", "/overview")).doesNotContain(title);
		assertThat(page("wjw", "/plans")).doesNotContain(title);
		assertThat(page("wjw", "/reports")).as("no to-do from a draft").doesNotContain(task.text());
		this.mvc.perform(get(reportForm(task)).with(this.demo.as("wjw"))).andExpect(status().isNotFound());
		assertThat(page("office", "/prompts/new")).as("no prompt about a draft's tasks").doesNotContain(title);

		this.mvc.perform(as("office", post(ledger + "/edit")).param("title", title)
			.param("periodStart", plan.period().start().toString())
			.param("periodEnd", plan.period().end().toString())
			.param("status", "IN_FORCE")
			.param("version", "0"));

		assertThat(page("leader", "/plans")).contains(title);
		assertThat(page("wjw", "/reports")).contains(task.text());
	}

	@Test
	void aPlanPutInForceByMistakeIsADraftAgainWhileNoUnitWorkedOnIt() throws Exception {
		Plan plan = plan(true);
		Task task = task(plan, "误发的任务" + UUID.randomUUID());
		assertThat(page("wjw", "/reports")).contains(task.text());

		this.mvc.perform(as("office", post("/plans/" + plan.id().value() + "/withdraw")).param("version", "0"))
			.andExpect(redirectedUrl("/plans/" + plan.id().value()))
			.andExpect(flash().attribute("message", "flash.plan.withdrawn.DRAFT"));

		assertThat(statusOf(plan)).isEqualTo("DRAFT");
		assertThat(page("wjw", "/reports")).doesNotContain(task.text());
		assertThat(page("leader", "/plans")).doesNotContain(plan.title());
		assertThat(this.jdbc.queryForList(
				"select object_name || ' ' || detail from audit_event where type = 'PLAN_WITHDRAWN' and object = ?",
				String.class, "plan:" + plan.id().value()))
			.containsExactly("方案《" + plan.title() + "》 状态：实施中 → 草稿");
		this.mvc.perform(as("office", post("/plans/" + plan.id().value() + "/withdraw")).param("version", "0"))
			.andExpect(flash().attribute("error", "conflict.stale"));
	}

	@Test
	void aPlanWithdrawnAfterAUnitReportedIsVoidKeptForTheRecordAndOutOfEveryonesWork() throws Exception {
		Plan plan = plan(true);
		Task task = task(plan, "已报送的任务" + UUID.randomUUID());
		this.mvc
			.perform(as("wjw", post(reportForm(task))).param("action", "submit")
				.param("version", "-1")
				.param("progress", "已开展")
				.param("status", "IN_PROGRESS"))
			.andExpect(flash().attribute("message", "flash.report.submitted"));

		this.mvc.perform(as("office", post("/plans/" + plan.id().value() + "/withdraw")).param("version", "0"))
			.andExpect(flash().attribute("message", "flash.plan.withdrawn.VOID"));

		assertThat(statusOf(plan)).isEqualTo("VOID");
		assertThat(page("wjw", "/reports")).doesNotContain(task.text());
		assertThat(page("office", "/review")).doesNotContain(task.text());
		assertThat(page("leader", "/overview")).as("not offered in the overview's choice of plans")
			.doesNotContain(plan.title());
		this.mvc.perform(get("/overview").param("plan", String.valueOf(plan.id().value())).with(this.demo.as("leader")))
			.andExpect(status().isNotFound());
		assertThat(page("wjw", reportForm(task))).as("the unit is told why it can no longer report")
			.contains("id=\"report-closed\"", "该方案不在实施中");
		assertThat(page("leader", "/plans")).contains(plan.title(), "已作废");
		this.mvc.perform(get("/tasks/" + task.id().value()).with(this.demo.as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(task.text())));
		this.mvc
			.perform(as("wjw", post(reportForm(task))).param("action", "draft")
				.param("version", "-1")
				.param("progress", "作废后再写"))
			.andExpect(content().string(containsString("该方案不在实施中")));
		this.mvc.perform(as("office", post("/plans/" + plan.id().value() + "/delete")).param("version", "1"))
			.andExpect(flash().attribute("error", "rule.plan.notDeletable"));
		assertThat(statusOf(plan)).isEqualTo("VOID");
	}

	@Test
	void theOfficeDeletesADraftWithItsTasksAndNothingElse() throws Exception {
		Plan plan = plan(false);
		Task first = task(plan, "要删除的任务一");
		task(plan, "要删除的任务二");
		int plansBefore = this.jdbc.queryForObject("select count(*) from plan", Integer.class);
		this.mvc.perform(get("/plans/" + plan.id().value() + "/edit").with(this.demo.as("office")))
			.andExpect(content().string(containsString("id=\"plan-delete\"")))
			.andExpect(content().string(not(containsString("id=\"plan-withdraw\""))));

		this.mvc.perform(as("office", post("/plans/" + plan.id().value() + "/delete")).param("version", "0"))
			.andExpect(redirectedUrl("/plans"))
			.andExpect(flash().attribute("message", "flash.plan.deleted"));

		assertThat(this.jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(plansBefore - 1);
		assertThat(this.jdbc.queryForObject("select count(*) from task where plan_id = ?", Integer.class,
				plan.id().value()))
			.isZero();
		this.mvc.perform(get("/tasks/" + first.id().value()).with(this.demo.as("office")))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject(
				"select object_name || ' ' || detail from audit_event where type = 'PLAN_DELETED' and object = ?",
				String.class, "plan:" + plan.id().value()))
			.isEqualTo("方案《" + plan.title() + "》 连同其任务2项一并删除");
	}

	@Test
	void aPlanInForceIsNeitherDeletedNorSetBackToADraftByItsForm() throws Exception {
		Plan plan = plan(true);

		this.mvc.perform(as("office", post("/plans/" + plan.id().value() + "/delete")).param("version", "0"))
			.andExpect(redirectedUrl("/plans/" + plan.id().value() + "/edit"))
			.andExpect(flash().attribute("error", "rule.plan.notDeletable"));
		this.mvc.perform(get("/plans/" + plan.id().value() + "/edit").with(this.demo.as("office")))
			.andExpect(content().string(containsString("id=\"plan-withdraw\"")))
			.andExpect(content().string(not(containsString("value=\"VOID\""))));
		assertThat(statusOf(plan)).isEqualTo("IN_FORCE");
	}

	private Plan plan(boolean inForce) {
		int year = LocalDate.now(this.clock).getYear();
		Plan plan = Plan.draft(this.demo.region("昆都仑区"),
				new PlanFacts("撤回测试方案" + UUID.randomUUID(), null, null, null, PlanPeriod.years(year, year + 1)));
		if (inForce) {
			plan.putInForce();
		}
		return this.plans.save(plan);
	}

	private Task task(Plan plan, String text) {
		return this.tasks.save(plan
			.newTask(new TaskContent(new TaskNumber("1"), 1, null, text, List.of(this.demo.kunquUnit("区卫健委").id()),
					List.of(), List.of(), List.of(Deadline.written(plan.period().end(), "到期末")))));
	}

	private String reportForm(Task task) {
		ReportingPeriod current = ReportingPeriod
			.onDay(this.periods.forPlan(task.planId()), this.plans.findById(task.planId()).orElseThrow().period(),
					LocalDate.now(this.clock))
			.orElseThrow();
		return "/tasks/" + task.id().value() + "/reports/" + current.id().value();
	}

	private String statusOf(Plan plan) {
		return this.jdbc.queryForObject("select status from plan where id = ?", String.class, plan.id().value());
	}

	private String page(String user, String url) throws Exception {
		return this.mvc.perform(get(url).with(this.demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(this.demo.as(user)).with(csrf());
	}

}
