package cn.laoling.ledger.web.support;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Measure;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetValue;
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
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Numbers as written wherever they are shown
 * ({@link cn.laoling.ledger.shared.NumberText}): targets of 70%, 1500 and 0.5, read back
 * from the database, and 序时 values and figures, never with an exponent ({@code 7E+1}) or
 * trailing zeros ({@code 26.00}) — in the import preview, the report review, the ledger
 * spreadsheet, the overview and the notice with its .docx. The task form is in
 * {@code LedgerPagesTest}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NumbersAsWrittenTest {

	/** An exponent ({@code 7E+1}) or trailing zeros after a point ({@code 26.00}). */
	private static final String MISWRITTEN = "\\d[eE][+-]?\\d|\\d\\.\\d*0(?!\\d)";

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

	@Autowired
	Reports reports;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	Clock clock;

	@Test
	void theImportPreviewShowsTheTargetsItReadAsWritten() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String location = this.mvc
			.perform(post("/plans/import")
				.param("text", "测试区2026年老龄工作方案\n二、重点任务\n1.新建老年食堂200个，每年培训养老护理员1500人次以上。\n牵头单位：区民政局")
				.session(session)
				.with(this.demo.as("office"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		String preview = page(get(location).session(session));

		assertThat(preview).contains("name=\"tasks[0].targets[0].low\" value=\"200\"",
				"name=\"tasks[0].targets[1].low\" value=\"1500\"");
		assertThat(formFields(preview)).doesNotContainPattern(MISWRITTEN);
	}

	@Test
	void theReviewShowsAScheduleValueThatIsAWholeNumberWithoutDecimals() throws Exception {
		Numbers seeded = numbers();

		String review = page(get("/review/" + seeded.submitted().id().value()));

		assertThat(review).contains("<td>26</td>", "老年友好型社区不少于26个");
		assertThat(review).doesNotContainPattern("<td>[^<]*(" + MISWRITTEN + ")");
	}

	@Test
	void theLedgerSpreadsheetWritesTargetsAndFiguresAsWritten() throws Exception {
		Numbers seeded = numbers();

		byte[] sheet = this.mvc.perform(get("/plans/" + seeded.plan().id().value() + "/export").with(office()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		List<String> cells = cells(sheet);
		assertThat(String.join("\n", cells)).contains("规范健康管理率不少于70%", "培训养老护理员不少于1500人次", "新建养老服务设施不少于0.5万平方米",
				"50/70%", "1500/1500人次", "0.5/0.5万平方米");
		assertThat(cells).noneMatch((c) -> c.matches("(?s).*(" + MISWRITTEN + ").*"));
	}

	@Test
	void theOverviewWritesTargetsScheduleAndFiguresAsWrittenInItsTableAndChartData() throws Exception {
		Numbers seeded = numbers();

		String overview = page(get("/overview").param("plan", String.valueOf(seeded.plan().id().value())));

		assertThat(overview).contains("data-values=\"70,70,50\"", "data-values=\"1500,1500,1500\"",
				"data-values=\"0.5,0.5,0.5\"");
		assertThat(overview).doesNotContainPattern("<td[^>]*>[^<]*(" + MISWRITTEN + ")");
	}

	@Test
	void theNoticeAndItsDocxWriteGoalScheduleFigureAndRateAsWritten() throws Exception {
		ScratchData.NoticePlan seeded = this.scratch.noticePlan();
		String location = this.mvc
			.perform(post("/notices").param("planId", String.valueOf(seeded.plan().id().value()))
				.param("periodId", String.valueOf(seeded.q2().id().value()))
				.with(office())
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String notice = location.replace("/edit", "");

		assertThat(page(get(notice))).contains("<td>26个</td>", "<td>12.89个</td>", "<td>8个</td>", "<td>30.8%</td>")
			.doesNotContainPattern("<td>[^<]*(" + MISWRITTEN + ")");
		byte[] docx = this.mvc.perform(get(notice + "/docx").with(office()))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("26个", "12.89个", "8个", "30.8%").doesNotContainPattern(MISWRITTEN);
		}
	}

	/**
	 * A plan of last year and this with one task of targets 70%, 1500 and 0.5 (due last
	 * year, so that 序时 is the whole target), its report accepted in the first period (50%
	 * as 1 of 2, 1500, 0.5), and a task of 26 communities whose report waits for review.
	 */
	private Numbers numbers() {
		int year = LocalDate.now(this.clock).getYear();
		Plan plan = this.plans.save(Plan.draft(this.demo.region("昆都仑区"),
				new PlanFacts("数字写法测试方案" + System.nanoTime(), null, null, null, PlanPeriod.years(year - 1, year))));
		UnitId health = this.demo.kunquUnit("区卫健委").id();
		Deadline lastYear = Deadline.written(LocalDate.of(year - 1, 3, 31), "去年3月底前");
		Task measured = this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("1"), 1, null, "三个量化目标的任务",
				List.of(health), List.of(), List.of(target("70", "%", "规范健康管理率"), target("1500", "人次", "培训养老护理员"),
						target("0.5", "万平方米", "新建养老服务设施")),
				List.of(lastYear))));
		Task communities = this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("2"), 2, null, "创建老年友好型社区",
				List.of(health), List.of(), List.of(Target.atLeast(26, "个", "老年友好型社区")), List.of(lastYear))));
		ReportingPeriod first = this.periods.forPlan(plan.id()).get(0);
		this.reports
			.save(new Report(null, measured.id(), first.id(), health, ReportKind.CONSOLIDATED, new ReportContent("已完成",
					List.of(Figure.rate(BigDecimal.ONE, BigDecimal.valueOf(2)), Figure.of(new BigDecimal("1500.00")),
							Figure.of(new BigDecimal("0.50"))),
					TaskStatus.IN_PROGRESS, null, null, null), ReportState.ACCEPTED, null, Instant.now(this.clock), 0));
		Report submitted = Report.start(communities.id(), first, health, ReportKind.CONSOLIDATED, 1);
		submitted.submit(first, new ReportContent("已创建8个", List.of(Figure.of(new BigDecimal("8.00"))),
				TaskStatus.IN_PROGRESS, null, null, null), communities.targets(), List.of(), 0, this.clock.instant());
		return new Numbers(plan, this.reports.save(submitted));
	}

	private record Numbers(Plan plan, Report submitted) {
	}

	private static Target target(String value, String measure, String counted) {
		return new Target(new TargetValue.Amount(new BigDecimal(value)), new Measure(measure), counted,
				Comparator.AT_LEAST, Recurrence.ONCE);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(office()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private RequestPostProcessor office() {
		return this.demo.as("office");
	}

	/** The values of the page's form fields. */
	private static String formFields(String page) {
		StringBuilder values = new StringBuilder();
		Matcher value = Pattern.compile("<input[^>]* value=\"([^\"]*)\"").matcher(page);
		while (value.find()) {
			if (!value.group(0).contains("type=\"hidden\"")) {
				values.append(value.group(1)).append('\n');
			}
		}
		return values.toString();
	}

	private static List<String> cells(byte[] sheet) throws Exception {
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
			XSSFSheet first = book.getSheetAt(0);
			for (int r = 0; r <= first.getLastRowNum(); r++) {
				XSSFRow row = first.getRow(r);
				if (row != null) {
					row.forEach((cell) -> cells.add(cell.toString()));
				}
			}
		}
		return cells;
	}

}
