package cn.laoling.ledger.web.overview;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;
import cn.laoling.ledger.web.support.KeptBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 总览 of a plan with known answers (task 1 of 区民政局 far behind 序时, task 2 of 区卫健委 done,
 * task 3 of 区民政局 overdue and never reported), as each role sees it, and the ledger its
 * red segment opens.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OverviewPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	Clock clock;

	@Autowired
	Tasks tasks;

	@Autowired
	Reports reports;

	@Autowired
	ReportingPeriods periods;

	@Test
	void theTilesAndTheRedListSayWhereThePlanStandsInThePeriodItIsIn() throws Exception {
		long plan = this.scratch.noticePlan().plan().id().value();
		String page = page("leader", "/overview?plan=" + plan);

		// judged in the fourth quarter: task 1 reported behind in the second quarter only
		// is
		// 未报送 now, never counted on or behind 序时; task 3 (due in March) was never
		// reported
		boolean pastYearEnd = LocalDate.now(this.clock).isAfter(LocalDate.of(2026, 12, 31));
		assertThat(tile(page, "tasks")).isEqualTo(3);
		assertThat(tile(page, "completed")).isEqualTo(1);
		assertThat(tile(page, "on")).isZero();
		assertThat(tile(page, "behind")).isZero();
		assertThat(tile(page, "unreported")).isEqualTo(2);
		assertThat(tile(page, "overdue")).isEqualTo(pastYearEnd ? 2 : 1);
		assertThat(page).contains("data-label=\"红灯\" data-value=\"" + (pastYearEnd ? 2 : 1) + "\"");
		assertThat(page).contains("data-label=\"未报送\" data-value=\"" + (pastYearEnd ? 0 : 1) + "\"");
		assertThat(count(page, "class=\"alarming-task\"")).isEqualTo(pastYearEnd ? 2 : 1);
		assertThat(page).contains("制定养老服务设施布局规划", "已于2026-03-31到期，尚未完成");
		assertThat(page).contains("/plans/" + plan + "?light=RED");
	}

	@Test
	void theOverviewFollowsTheLedgerAsReportsAreAcceptedAndDeadlinesExtended() throws Exception {
		ScratchData.NoticePlan seeded = this.scratch.noticePlan();
		long plan = seeded.plan().id().value();
		String before = page("leader", "/overview?plan=" + plan);
		assertThat(tile(before, "completed")).isEqualTo(1);
		assertThat(tile(before, "overdue")).isPositive();

		List<Task> all = this.tasks.find(TaskQuery.all(seeded.plan().id()));
		ReportingPeriod q3 = this.periods.forPlan(seeded.plan().id()).get(2);
		this.reports.save(new Report(null, all.get(0).id(), q3.id(), all.get(0).leadUnits().get(0),
				ReportKind.CONSOLIDATED, new ReportContent("26个社区已全部创建", List.of(Figure.of(BigDecimal.valueOf(26))),
						TaskStatus.COMPLETED, null, null, null),
				ReportState.ACCEPTED, null, Instant.parse("2026-09-20T02:00:00Z"), 0));
		Task planning = all.get(2);
		planning.extendTo(LocalDate.of(2099, 12, 31));
		this.tasks.save(planning);

		String after = page("leader", "/overview?plan=" + plan);
		assertThat(tile(after, "completed")).as("task 1 reported complete").isEqualTo(2);
		assertThat(tile(after, "overdue")).as("task 3 extended").isZero();
		assertThat(after).contains("data-label=\"红灯\" data-value=\"0\"");
	}

	@Test
	void theBodyKeptForEveryoneWhoSeesTheSameHoldsNothingOfOneSession() throws Exception {
		long plan = this.scratch.noticePlan().plan().id().value();

		String leader = KeptBody.of(page("leader", "/overview?plan=" + plan));
		String office = KeptBody.of(page("office", "/overview?plan=" + plan));

		assertThat(office).isEqualTo(leader);
		assertThat(leader).contains("id=\"tile-tasks\"").doesNotContainIgnoringCase("csrf").doesNotContain("leader");
	}

	@Test
	void aLiaisonSeesTheOverviewOfTheirUnitsTasksOnlyAndAnotherRegionNothing() throws Exception {
		ScratchData.NoticePlan seeded = this.scratch.noticePlan();
		long plan = seeded.plan().id().value();
		this.tasks
			.save(seeded.plan()
				.newTask(new TaskContent(new TaskNumber("4"), 4, null, "共建医养结合服务",
						List.of(this.demo.kunquUnit("区民政局").id()), List.of(this.demo.kunquUnit("区卫健委").id()), List.of(),
						List.of())));

		String health = page("wjw", "/overview?plan=" + plan);
		assertThat(tile(health, "tasks")).isEqualTo(2);
		assertThat(health).as("the reports this period of 区卫健委 alone: task 2, its part of task 4")
			.contains("已报0份，应报2份");
		assertThat(tile(page("mzj", "/overview?plan=" + plan), "tasks")).isEqualTo(3);
		assertThat(tile(page("office", "/overview?plan=" + plan + "&unit=" + this.demo.kunquUnit("区卫健委").id().value()),
				"tasks"))
			.isEqualTo(2);
		this.mvc.perform(get("/overview").param("plan", String.valueOf(plan)).with(this.demo.as("lz-office")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/overview").with(this.demo.as("sysadmin"))).andExpect(status().isForbidden());
	}

	@Test
	void theRedSegmentOpensTheLedgerOfTheRedTasks() throws Exception {
		long plan = this.scratch.noticePlan().plan().id().value();
		boolean pastYearEnd = LocalDate.now(this.clock).isAfter(LocalDate.of(2026, 12, 31));

		String ledger = page("office", "/plans/" + plan + "?light=RED");

		assertThat(count(ledger, "class=\"task-row")).isEqualTo(pastYearEnd ? 2 : 1);
		assertThat(ledger).contains("制定养老服务设施布局规划").doesNotContain("建成老年助餐点");
		assertThat(ledger).contains("id=\"light-filter\"");
	}

	private String page(String user, String url) throws Exception {
		return this.mvc.perform(get(url).with(this.demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static int tile(String page, String name) {
		Matcher matcher = Pattern.compile("id=\"tile-" + name + "\">(\\d+)<").matcher(page);
		assertThat(matcher.find()).as("tile " + name).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static int count(String page, String text) {
		return page.split(Pattern.quote(text), -1).length - 1;
	}

}
