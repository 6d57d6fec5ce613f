package cn.laoling.ledger.web.task;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.Measure;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Quota;
import cn.laoling.ledger.plan.Quotas;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.TargetValue;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.Quarter;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 指标分解 through the pages: the office splits a target among the units reporting on the
 * task (typed, or read from a sheet and checked first), each unit sees and reports its
 * own share, and the lead unit's figure is their sum.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuotaPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	Tasks tasks;

	@Autowired
	Quotas quotas;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	Reports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOfficeSplitsATargetAndEachUnitWithANewShareIsTold() throws Exception {
		Task task = communities();
		String form = page(splitUrl(task), "office");
		assertThat(form).as("one line per unit reporting a part: the 13 街镇 and 区民政局, not the lead unit")
			.contains("昆北街道", "卜尔汉图镇", "区民政局")
			.doesNotContain(">区卫健委<");
		long notified = notifications("昆北街道");

		this.mvc
			.perform(as("office", post(splitUrl(task))).param("version", String.valueOf(task.version()))
				.param("lines[0].unitId", id("昆北街道"))
				.param("lines[0].amount", "2")
				.param("lines[1].unitId", id("沙河街道"))
				.param("lines[1].amount", "3")
				.param("lines[2].unitId", id("区民政局"))
				.param("lines[2].amount", ""))
			.andExpect(redirectedUrl("/tasks/" + task.id().value()));

		assertThat(this.quotas.of(task.id())).containsExactly(new TargetSplit(0, List
			.of(new Quota(unit("昆北街道"), BigDecimal.valueOf(2)), new Quota(unit("沙河街道"), BigDecimal.valueOf(3)))));
		assertThat(notifications("昆北街道")).isEqualTo(notified + 1);
		assertThat(this.jdbc.queryForObject(
				"select detail from audit_event where type = 'QUOTA_CHANGED' order by id desc limit 1", String.class))
			.contains("昆北街道2个", "沙河街道3个");
		assertThat(page("/tasks/" + task.id().value(), "office")).contains("指标分解", "分解合计 5个，比目标 26个 少 21个，尚未分完。");
		assertThat(page(splitUrl(task), "office")).as("the form shows the split as saved")
			.contains("value=\"2\"", "value=\"3\"");
	}

	@Test
	void aNegativeShareAUnitNotReportingOnTheTaskAndAStaleFormChangeNothing() throws Exception {
		Task task = communities();

		String negative = this.mvc
			.perform(as("office", post(splitUrl(task))).param("version", String.valueOf(task.version()))
				.param("lines[0].unitId", id("昆北街道"))
				.param("lines[0].amount", "-2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String foreign = this.mvc
			.perform(as("office", post(splitUrl(task))).param("version", String.valueOf(task.version()))
				.param("lines[0].unitId", id("区财政局"))
				.param("lines[0].amount", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(as("office", post(splitUrl(task))).param("version", String.valueOf(task.version() + 5))
				.param("lines[0].unitId", id("昆北街道"))
				.param("lines[0].amount", "2"))
			.andExpect(status().isConflict());

		assertThat(negative).contains("is-invalid");
		assertThat(foreign).contains("该单位不承担本任务的报送，不能分配指标。");
		assertThat(this.quotas.of(task.id())).isEmpty();
		this.mvc.perform(get("/tasks/" + task.id().value() + "/targets/1/quotas").with(this.demo.as("office")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSheetOfUnitsAndSharesIsReadIntoTheFormAndSavedOnlyWhenConfirmed() throws Exception {
		Task task = communities();
		byte[] sheet = workbook(new String[][] { { "2026年老年友好型社区创建任务分解表" }, { "序号", "街镇名称", "分解指标（个）" },
				{ "1", "昆北街道", "2个" }, { "2", "沙河街道", "3" }, { "3", "幸福街道", "1" }, { "4", "区财政局", "1" },
				{ "5", "团结街道", "两个" }, { "", "合计", "7" } });

		String preview = this.mvc
			.perform(multipart(splitUrl(task) + "/sheet").file(new MockMultipartFile("file", "分解表.xlsx", null, sheet))
				.param("version", String.valueOf(task.version()))
				.with(this.demo.as("office"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(preview).contains("已从表格读入 2 个单位的分解指标", "第5行：找不到单位“幸福街道”。", "第6行：“区财政局”不承担本任务的报送",
				"第7行：“团结街道”的数量“两个”不是数字。", "value=\"2\"", "value=\"3\"");
		assertThat(this.quotas.of(task.id())).as("nothing is saved before the office confirms").isEmpty();
	}

	@Test
	void eachUnitReportsItsOwnShareAndTheLeadUnitsFigureIsTheQuotaHoldersSum() throws Exception {
		Task task = communities();
		this.quotas.replace(task.id(), task.version(), new TargetSplit(0, List
			.of(new Quota(unit("昆北街道"), BigDecimal.valueOf(2)), new Quota(unit("沙河街道"), BigDecimal.valueOf(24)))));

		assertThat(page(formUrl(task), "wjw")).as("before any quota holder reported").contains("承担分解指标的单位尚未报送，合计暂无。");
		assertThat(row(page("/reports", "kunbei"), task)).contains("分解指标：老年友好型社区2个");
		assertThat(page(formUrl(task), "kunbei")).contains("本单位分解指标：2")
			.as("a 街镇 sees its own share, not the others' nor their sum")
			.doesNotContain("沙河街道", "id=\"shares\"");
		this.mvc
			.perform(as("kunbei", post(formUrl(task))).param("action", "submit")
				.param("version", "-1")
				.param("progress", "昆北街道已创建1个")
				.param("figures[0].value", "1")
				.param("figures[1].value", "65")
				.param("status", "IN_PROGRESS"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(formUrl(task), "mzj")).contains("该指标已分解到单位，本单位未承担，无需填写。");
		this.mvc
			.perform(as("mzj", post(formUrl(task))).param("action", "submit")
				.param("version", "-1")
				.param("progress", "民政局配合")
				.param("figures[0].value", "9")
				.param("figures[1].value", "70")
				.param("status", "IN_PROGRESS"))
			.andExpect(status().is3xxRedirection());

		String lead = page(formUrl(task), "wjw");
		assertThat(lead).contains("指标分解", "承担单位报送合计：1");
		this.mvc
			.perform(as("wjw", post(formUrl(task))).param("action", "submit")
				.param("version", "-1")
				.param("progress", "汇总")
				.param("figures[0].value", "99")
				.param("figures[1].value", "68")
				.param("status", "IN_PROGRESS"))
			.andExpect(status().is3xxRedirection());

		Report late = Report.start(task.id(), period(task), unit("沙河街道"), ReportKind.PART, 2);
		late.submit(period(task),
				new ReportContent("沙河街道已创建5个",
						List.of(Figure.of(BigDecimal.valueOf(5)), Figure.of(BigDecimal.valueOf(60))),
						TaskStatus.IN_PROGRESS, null, null, null),
				task.targets(), List.of(), 0, Instant.now());
		this.reports.save(late);
		assertThat(page("/review/" + own(task, "区卫健委").id().value(), "office"))
			.as("a part sent after the lead unit's report is not lost from sight")
			.contains("牵头单位提交后又有承担单位报送，各单位累计完成合计已为6个，报送中为1个");

		Report civil = own(task, "区民政局");
		Report consolidated = own(task, "区卫健委");
		assertThat(civil.state()).isEqualTo(ReportState.SUBMITTED);
		assertThat(civil.content().figure(0).isGiven()).as("区民政局 holds no share of the communities").isFalse();
		assertThat(consolidated.kind()).isEqualTo(ReportKind.CONSOLIDATED);
		assertThat(consolidated.content().figure(0).amount()).as("the quota holders' sum, not what was typed")
			.isEqualByComparingTo("1");
		assertThat(consolidated.content().figure(1).amount()).isEqualByComparingTo("68");
	}

	@Test
	void theSumIsTheTasksFigureOnTheLedgerTheOverviewTheNoticeAndTheExportAndEachUnitIsJudgedOnItsShare()
			throws Exception {
		Plan plan = this.scratch.planInForce("分解汇总测试");
		Task task = this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("1"), 1, null, "分解汇总：创建老年友好型社区26个",
				List.of(unit("区卫健委")), List.of(unit("各街镇")), List.of(Target.atLeast(26, "个", "老年友好型社区")), List.of())));
		this.quotas.replace(task.id(), task.version(), new TargetSplit(0, List
			.of(new Quota(unit("昆北街道"), BigDecimal.valueOf(2)), new Quota(unit("沙河街道"), BigDecimal.valueOf(24)))));
		ReportingPeriod period = period(task);
		Report sand = Report.start(task.id(), period, unit("沙河街道"), ReportKind.PART, 1);
		sand.submit(period, new ReportContent("沙河街道已创建1个", List.of(Figure.of(BigDecimal.ONE)), TaskStatus.IN_PROGRESS,
				null, null, null), task.targets(), List.of(), 0, Instant.now());
		this.reports.save(sand);
		this.mvc
			.perform(as("kunbei", post(formUrl(task))).param("action", "submit")
				.param("version", "-1")
				.param("progress", "昆北街道两个社区已命名")
				.param("figures[0].value", "2")
				.param("status", "IN_PROGRESS"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(as("wjw", post(formUrl(task))).param("action", "submit")
				.param("version", "-1")
				.param("progress", "汇总各街镇")
				.param("status", "IN_PROGRESS"))
			.andExpect(status().is3xxRedirection());
		Report consolidated = own(task, "区卫健委");
		assertThat(page("/review/" + consolidated.id().value(), "office")).contains("沙河街道", "分解合计 26个，与目标一致。");
		this.mvc.perform(as("office", post("/review/" + consolidated.id().value() + "/accept")).param("version",
				String.valueOf(consolidated.version())))
			.andExpect(status().is3xxRedirection());

		String ledger = page("/plans/" + plan.id().value(), "office");
		assertThat(ledger).contains("3/26个", "已分解到2个单位");
		String overview = page("/overview?plan=" + plan.id().value(), "leader");
		String shares = overview.substring(overview.indexOf("id=\"shares\""));
		assertThat(shares.substring(0, shares.indexOf("</section>"))).contains("昆北街道 2/2", "沙河街道 1/24",
				"light-COMPLETED", "light-RED");
		assertThat(page("/overview?plan=" + plan.id().value(), "kunbei")).as("a 街镇 sees its own share")
			.contains("昆北街道 2/2")
			.doesNotContain("沙河街道 1/24");

		String drafted = this.mvc
			.perform(as("office", post("/notices")).param("planId", String.valueOf(plan.id().value()))
				.param("periodId", String.valueOf(period.id().value())))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(page(drafted, "office")).contains("按分解指标，以下单位承担的任务进度滞后：沙河街道（任务1", "分解指标24个，完成1个")
			.doesNotContain("昆北街道（任务1");

		byte[] export = this.mvc.perform(get("/plans/" + plan.id().value() + "/export").with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
			assertThat(cells(book.getSheetAt(0))).contains("3/26个");
			assertThat(book.getSheet("指标分解")).as("a sheet of the shares").isNotNull();
			assertThat(cells(book.getSheet("指标分解"))).contains("昆北街道", "2个", "沙河街道", "24个", "1个", "欠进度");
		}
	}

	@Test
	void aSplitFollowsItsTargetWhenTheOfficeRewritesTheTaskAndDropsAUnitNoLongerOnIt() throws Exception {
		Task task = communities();
		this.quotas.replace(task.id(), task.version(), new TargetSplit(0, List
			.of(new Quota(unit("昆北街道"), BigDecimal.valueOf(2)), new Quota(unit("区民政局"), BigDecimal.valueOf(24)))));
		long version = this.tasks.findById(task.id()).orElseThrow().version();

		this.mvc
			.perform(as("office", post("/tasks/" + task.id().value() + "/edit")).param("number", task.number().value())
				.param("position", "1")
				.param("text", task.text())
				.param("leadUnits", "区卫健委")
				.param("responsibleUnits", "各街镇")
				.param("targets[0].counted", "规范健康管理率")
				.param("targets[0].low", "70")
				.param("targets[0].measure", "%")
				.param("targets[0].comparator", "AT_LEAST")
				.param("targets[1].counted", "老年友好型社区")
				.param("targets[1].low", "26")
				.param("targets[1].measure", "个")
				.param("targets[1].comparator", "AT_LEAST")
				.param("status", "IN_PROGRESS")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/tasks/" + task.id().value()));

		assertThat(this.quotas.of(task.id())).as("moved to the second target, 区民政局 no longer on the task")
			.containsExactly(new TargetSplit(1, List.of(new Quota(unit("昆北街道"), BigDecimal.valueOf(2)))));
		assertThat(this.jdbc.queryForObject(
				"select detail from audit_event where type = 'TASK_CHANGED' and object = ? order by id desc limit 1",
				String.class, "task:" + task.id().value()))
			.contains("分解指标随量化目标和单位的修改调整");
	}

	private static List<String> cells(XSSFSheet sheet) {
		List<String> cells = new java.util.ArrayList<>();
		sheet.forEach((row) -> row.forEach((cell) -> cells.add(cell.toString())));
		return cells;
	}

	private Task communities() {
		Plan plan = this.scratch.plan();
		Target rate = new Target(new TargetValue.Amount(BigDecimal.valueOf(70)), Measure.PERCENT, "规范健康管理率",
				Comparator.AT_LEAST, Recurrence.ONCE);
		return this.tasks
			.save(plan.newTask(new TaskContent(new TaskNumber("Q" + UUID.randomUUID().toString().substring(0, 6)), 1,
					null, "分解测试：创建老年友好型社区26个" + UUID.randomUUID(), List.of(unit("区卫健委")),
					List.of(unit("各街镇"), unit("区民政局")), List.of(Target.atLeast(26, "个", "老年友好型社区"), rate), List.of())));
	}

	private Report own(Task task, String unit) {
		return this.reports.forTask(task.id(), period(task).id())
			.stream()
			.filter((r) -> r.unitId().equals(unit(unit)))
			.findFirst()
			.orElseThrow();
	}

	private long notifications(String unit) {
		return this.jdbc.queryForObject("select count(*) from notification where unit_id = ? and kind = 'QUOTA'",
				Long.class, unit(unit).value());
	}

	private UnitId unit(String name) {
		return this.demo.kunquUnit(name).id();
	}

	private String id(String unit) {
		return String.valueOf(unit(unit).value());
	}

	private static String splitUrl(Task task) {
		return "/tasks/" + task.id().value() + "/targets/0/quotas";
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

	private static byte[] workbook(String[][] rows) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = book.createSheet("分解表");
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
