package cn.laoling.ledger.web.task;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.TargetYears;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.plan.YearShare;
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 年度分解 through the pages: the office divides a target of the two-year scratch plan by
 * year, closes last year (结转), and the year's work points show the share with what was
 * carried into it, on the page and in the spreadsheet.
 */
@SpringBootTest
@AutoConfigureMockMvc
class YearsPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	Tasks tasks;

	@Autowired
	Plans plans;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	Reports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOfficeDividesATargetByYearAndAWrongOrStaleFormChangesNothing() throws Exception {
		Task task = this.scratch.splittableTask("年度分解测试");
		Plan plan = this.plans.findById(task.planId()).orElseThrow();
		int last = plan.period().start().getYear();
		int now = plan.period().end().getYear();
		assertThat(page(yearsUrl(task), "office")).contains(last + "年", now + "年");

		String refused = this.mvc
			.perform(as("office", post(yearsUrl(task))).param("version", String.valueOf(task.version()))
				.param("lines[0].year", String.valueOf(last))
				.param("lines[0].amount", "-1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("is-invalid");
		this.mvc
			.perform(as("office", post(yearsUrl(task))).param("version", String.valueOf(task.version() + 3))
				.param("lines[0].year", String.valueOf(last))
				.param("lines[0].amount", "10"))
			.andExpect(status().isConflict());
		assertThat(this.tasks.findById(task.id()).orElseThrow().years()).isEmpty();

		this.mvc
			.perform(as("office", post(yearsUrl(task))).param("version", String.valueOf(task.version()))
				.param("lines[0].year", String.valueOf(last))
				.param("lines[0].amount", "10")
				.param("lines[1].year", String.valueOf(now))
				.param("lines[1].amount", "16"))
			.andExpect(redirectedUrl("/tasks/" + task.id().value()));

		assertThat(this.tasks.findById(task.id()).orElseThrow().yearsOf(0).orElseThrow().years())
			.containsExactly(YearShare.planned(last, BigDecimal.TEN), YearShare.planned(now, BigDecimal.valueOf(16)));
		assertThat(page("/tasks/" + task.id().value(), "leader")).contains("年度分解", "当前年度", "各年度任务合计与目标一致。");
		assertThat(this.jdbc.queryForObject(
				"select detail from audit_event where type = 'YEARS_CHANGED' order by id desc limit 1", String.class))
			.contains(last + "年10个", now + "年16个");
		assertThat(told(task)).as("the lead unit is told").anySatisfy((title) -> assertThat(title).contains("年度任务已调整"));
	}

	@Test
	void closingLastYearCarriesWhatItLeftUnfinishedIntoThisYearsWorkPoints() throws Exception {
		Task task = this.scratch.splittableTask("年度结转测试");
		Plan plan = this.plans.findById(task.planId()).orElseThrow();
		int last = plan.period().start().getYear();
		int now = plan.period().end().getYear();
		Map<Integer, BigDecimal> shares = new LinkedHashMap<>();
		shares.put(last, BigDecimal.TEN);
		shares.put(now, BigDecimal.valueOf(16));
		task.divideByYear(TargetYears.of(task, plan.period(), 0, shares, Optional.empty()));
		task = this.tasks.save(task);
		ReportingPeriod lastQuarter = this.periods.forPlan(plan.id())
			.stream()
			.filter((p) -> p.quarter().equals(new Quarter(last, 4)))
			.findFirst()
			.orElseThrow();
		Report report = Report.start(task.id(), lastQuarter, this.demo.kunquUnit("区卫健委").id(), ReportKind.CONSOLIDATED,
				1);
		report.submit(lastQuarter, new ReportContent("去年创建8个", List.of(Figure.of(BigDecimal.valueOf(8))),
				TaskStatus.IN_PROGRESS, null, null, null), task.targets(), List.of(), 0, Instant.now());
		report.accept(lastQuarter);
		this.reports.save(report);

		this.mvc.perform(as("office", post(closeUrl(plan, last))))
			.andExpect(flash().attribute("message", "flash.years.closed"));
		this.mvc.perform(as("office", post(closeUrl(plan, now))))
			.andExpect(flash().attribute("error", "rule.years.close.notOver"));

		assertThat(this.tasks.findById(task.id()).orElseThrow().yearsOf(0).orElseThrow().in(now))
			.contains(new YearShare(now, BigDecimal.valueOf(16), BigDecimal.valueOf(2)));
		assertThat(told(task)).anySatisfy((title) -> assertThat(title).contains(last + "年度已结转", "2个计入" + now + "年"));
		String points = page("/plans/" + plan.id().value() + "/years/" + now, "leader");
		assertThat(points).contains(task.number().value(), "（" + now + "年度）", "含上年结转2个");
		assertThat(page("/plans/" + plan.id().value() + "/years/" + last, "office")).contains(last + "年度已结转");
		byte[] sheet = this.mvc
			.perform(get("/plans/" + plan.id().value() + "/years/" + now + "/export").with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
			List<String> cells = new ArrayList<>();
			book.getSheetAt(0).forEach((row) -> row.forEach((cell) -> cells.add(cell.toString())));
			assertThat(String.join("|", cells)).contains(now + "年度工作要点", "（" + now + "年度）", "含上年结转2个");
		}
		assertThat(
				this.jdbc.queryForObject("select count(*) from audit_event where type = 'YEAR_CLOSED' and object = ?",
						Long.class, "plan:" + plan.id().value()))
			.isPositive();
	}

	private List<String> told(Task task) {
		return this.jdbc.queryForList("""
				select title from notification where kind = 'QUOTA' and unit_id = ? and link = ?""", String.class,
				this.demo.kunquUnit("区卫健委").id().value(), "/tasks/" + task.id().value());
	}

	private static String yearsUrl(Task task) {
		return "/tasks/" + task.id().value() + "/targets/0/years";
	}

	private static String closeUrl(Plan plan, int year) {
		return "/plans/" + plan.id().value() + "/years/" + year + "/close";
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

}
