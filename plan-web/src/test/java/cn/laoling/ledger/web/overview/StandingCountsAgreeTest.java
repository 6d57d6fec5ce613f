package cn.laoling.ledger.web.overview;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
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
import cn.laoling.ledger.report.StandingCounts;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.web.DemoLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The notice drafted today for the period a plan is in, the overview and the ledger of
 * the same plan on the same day, and its exported sheet count every task the same way:
 * one rule (PeriodStanding) counts them all. The plan has a task reported ahead this
 * period, one behind this period, one reported only last period (未报送 now, never 超/达/欠进度),
 * one never reported and overdue, and one reported complete.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StandingCountsAgreeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	Plans plans;

	@Autowired
	Tasks tasks;

	@Autowired
	Reports reports;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void theNoticeTheOverviewTheLedgerAndTheExportCountTheSameTasksTheSameWay() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		Plan draft = Plan.draft(this.demo.region("昆都仑区"), new PlanFacts("口径一致测试方案" + UUID.randomUUID(), null, null,
				null, PlanPeriod.years(today.getYear() - 1, today.getYear() + 1)));
		draft.putInForce();
		Plan plan = this.plans.save(draft);
		List<ReportingPeriod> all = this.periods.forPlan(plan.id());
		ReportingPeriod now = ReportingPeriod.onDay(all, plan.period(), today).orElseThrow();
		ReportingPeriod before = all.get(all.indexOf(now) - 1);
		UnitId civil = this.demo.kunquUnit("区民政局").id();
		LocalDate later = LocalDate.of(today.getYear() + 1, 12, 31);
		Task ahead = task(plan, 1, civil, later);
		Task behind = task(plan, 2, civil, later);
		Task lastQuarterOnly = task(plan, 3, civil, later);
		task(plan, 4, civil, today.minusDays(1));
		Task completed = task(plan, 5, civil, later);
		accept(ahead, now, civil, 100, TaskStatus.IN_PROGRESS);
		accept(behind, now, civil, 0, TaskStatus.IN_PROGRESS);
		accept(lastQuarterOnly, before, civil, 100, TaskStatus.IN_PROGRESS);
		accept(completed, before, civil, 100, TaskStatus.COMPLETED);
		StandingCounts expected = new StandingCounts(5, 1, 0, 1, 0, 1, 1, 2);

		this.mvc.perform(post("/notices").param("planId", String.valueOf(plan.id().value()))
			.param("periodId", String.valueOf(now.id().value()))
			.with(this.demo.as("office"))
			.with(csrf()));
		Map<String, Object> notice = this.jdbc.queryForMap("""
				select task_count, completed, closed_out, ahead, on_schedule, behind, overdue, unreported
				from notice where plan_id = ?""", plan.id().value());
		assertThat(new StandingCounts(number(notice, "task_count"), number(notice, "completed"),
				number(notice, "closed_out"), number(notice, "ahead"), number(notice, "on_schedule"),
				number(notice, "behind"), number(notice, "overdue"), number(notice, "unreported")))
			.as("the notice")
			.isEqualTo(expected);

		String overview = page("/overview?plan=" + plan.id().value());
		assertThat(tile(overview, "tasks")).isEqualTo(expected.tasks());
		assertThat(tile(overview, "completed")).isEqualTo(expected.completed());
		assertThat(tile(overview, "on")).isEqualTo(expected.onOrAhead());
		assertThat(tile(overview, "behind")).isEqualTo(expected.behind());
		assertThat(tile(overview, "unreported")).isEqualTo(expected.unreported());
		assertThat(tile(overview, "overdue")).isEqualTo(expected.overdue());

		String ledger = page("/plans/" + plan.id().value());
		assertThat(ledger).contains("本期：已完成1项（已销号0项）· 超进度1项 · 达进度0项 · 欠进度1项 · 未报送2项；逾期未完成1项");

		byte[] sheet = this.mvc.perform(get("/plans/" + plan.id().value() + "/export").with(this.demo.as("office")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(standingsIn(sheet)).containsExactly("超进度", "欠进度", "未报送", "未报送", "已完成");
	}

	private Task task(Plan plan, int number, UnitId lead, LocalDate due) {
		return this.tasks.save(plan.newTask(
				new TaskContent(new TaskNumber(String.valueOf(number)), number, null, "口径任务" + number, List.of(lead),
						List.of(), List.of(Target.atLeast(100, "个", "示范点")), List.of(Deadline.written(due, "时限")))));
	}

	private void accept(Task task, ReportingPeriod period, UnitId unit, int figure, TaskStatus status) {
		this.reports.save(new Report(null, task.id(), period.id(), unit, ReportKind.CONSOLIDATED,
				new ReportContent("进展", List.of(Figure.of(BigDecimal.valueOf(figure))), status, null, null, null),
				ReportState.ACCEPTED, null, this.clock.instant(), 0));
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(this.demo.as("office"))).andReturn().getResponse().getContentAsString();
	}

	private static int tile(String page, String name) {
		Matcher matcher = Pattern.compile("id=\"tile-" + name + "\">(\\d+)<").matcher(page);
		assertThat(matcher.find()).as("tile " + name).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static int number(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).intValue();
	}

	/** The 是否达序时 column of each task row, in order. */
	private static List<String> standingsIn(byte[] xlsx) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			int header = -1;
			int column = -1;
			for (Row row : sheet) {
				for (int c = 0; c < row.getLastCellNum(); c++) {
					if (row.getCell(c) != null && "是否达序时".equals(row.getCell(c).toString())) {
						header = row.getRowNum();
						column = c;
					}
				}
				if (header >= 0) {
					break;
				}
			}
			List<String> found = new java.util.ArrayList<>();
			for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null && row.getCell(column) != null && !row.getCell(column).toString().isBlank()) {
					found.add(row.getCell(column).toString());
				}
			}
			return found;
		}
	}

}
