package cn.laoling.ledger.web.extension;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.ExtensionRequest;
import cn.laoling.ledger.report.ExtensionRequests;
import cn.laoling.ledger.report.ExtensionState;
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
 * 延期申请: a liaison asks on the task's page before it is due; the office grants or refuses
 * in its review queue; the ledger shows the written and the extended deadline.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExtensionPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	Tasks tasks;

	@Autowired
	ExtensionRequests requests;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aGrantedRequestMovesTheDeadlineAndTheLedgerShowsBoth() throws Exception {
		LocalDate due = LocalDate.now(this.clock).plusDays(20);
		LocalDate later = due.plusMonths(3);
		Task task = this.scratch.taskDue(due, "延期测试：建设老年助餐点");
		String taskUrl = "/tasks/" + task.id().value();
		assertThat(page(taskUrl, "wjw")).contains("提交延期申请");

		this.mvc
			.perform(as("wjw", post(taskUrl + "/extension")).param("date", later.toString())
				.param("reason", "选址调整，需重新招标"))
			.andExpect(redirectedUrl(taskUrl))
			.andExpect(flash().attribute("message", "flash.extension.requested"));

		String asked = page(taskUrl, "wjw");
		assertThat(asked).contains("待审批", "选址调整，需重新招标", "该任务已有一个延期申请在等待审批").doesNotContain("id=\"extension-form\"");
		ExtensionRequest request = this.requests.ofTask(task.id()).get(0);
		String queue = page("/review", "office");
		assertThat(queue).contains("data-extension-id=\"" + request.id().value() + "\"", "延期测试：建设老年助餐点",
				"区卫健委申请将完成时限由 " + due + " 延期至 " + later);
		assertThat(page("/review", "lz-office")).doesNotContain("data-extension-id=\"" + request.id().value() + "\"");
		String card = queue.substring(queue.indexOf("data-extension-id=\"" + request.id().value() + "\""));
		assertThat(card.substring(0, card.indexOf("</form>"))).as("a form the browser can send")
			.contains("action=\"/extensions/" + request.id().value() + "/grant\"", "name=\"_csrf\"",
					"formaction=\"/extensions/" + request.id().value() + "/refuse\"");

		this.mvc
			.perform(as("office", post("/extensions/" + request.id().value() + "/grant")).param("version", "0")
				.param("comment", "同意，请抓紧推进"))
			.andExpect(redirectedUrl("/review#extensions"))
			.andExpect(flash().attribute("message", "flash.extension.granted"));

		Task extended = this.tasks.findById(task.id()).orElseThrow();
		assertThat(extended.dueDeadline().date()).isEqualTo(later);
		assertThat(extended.finalDeadline().date()).as("the plan's words stay").isEqualTo(due);
		assertThat(page(taskUrl, "wjw")).contains("同意延期", "同意，请抓紧推进", "延期至" + later, "提交延期申请");
		assertThat(page("/review", "office")).doesNotContain("data-extension-id=\"" + request.id().value() + "\"");
		String ledger = page("/plans/" + task.planId().value(), "office");
		int row = ledger.indexOf("延期测试：建设老年助餐点");
		assertThat(ledger.substring(row, ledger.indexOf("</tr>", row))).contains("测试时限", "延期至" + later);
	}

	@Test
	void aRefusalNeedsACommentWhichTheLiaisonReads() throws Exception {
		ExtensionRequest request = this.scratch.pendingExtension();
		String refuse = "/extensions/" + request.id().value() + "/refuse";

		this.mvc.perform(as("office", post(refuse)).param("version", "0").param("comment", "  "))
			.andExpect(flash().attribute("error", "rule.extension.comment.required"));
		assertThat(this.requests.findById(request.id()).orElseThrow().isPending()).isTrue();

		this.mvc.perform(as("office", post(refuse)).param("version", "0").param("comment", "请按原时限完成"))
			.andExpect(flash().attribute("message", "flash.extension.refused"));

		assertThat(this.requests.findById(request.id()).orElseThrow().state()).isEqualTo(ExtensionState.REFUSED);
		Task task = this.tasks.findById(request.taskId()).orElseThrow();
		assertThat(task.extendedTo()).isEmpty();
		assertThat(page("/tasks/" + task.id().value(), "wjw")).contains("不同意", "请按原时限完成",
				this.demo.account("office").displayName() + "（昆都仑区老龄办） 于");
	}

	@Test
	void aSecondDecisionOnTheSameRequestChangesNothing() throws Exception {
		ExtensionRequest request = this.scratch.pendingExtension();
		this.mvc.perform(as("office", post("/extensions/" + request.id().value() + "/grant")).param("version", "0"));

		this.mvc
			.perform(as("office", post("/extensions/" + request.id().value() + "/refuse")).param("version", "0")
				.param("comment", "晚了一步"))
			.andExpect(flash().attribute("error", "conflict.extension"));

		assertThat(this.requests.findById(request.id()).orElseThrow().state()).isEqualTo(ExtensionState.GRANTED);
	}

	@Test
	void aRequestWithoutReasonOrForAnEarlierDateIsShownAgainWithTheMessageAndNotKept() throws Exception {
		LocalDate due = LocalDate.now(this.clock).plusDays(20);
		Task task = this.scratch.taskDue(due, "延期测试：输入检查");
		String url = "/tasks/" + task.id().value() + "/extension";

		String noReason = this.mvc
			.perform(as("wjw", post(url)).param("date", due.plusDays(10).toString()).param("reason", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String earlier = this.mvc
			.perform(as("wjw", post(url)).param("date", due.minusDays(1).toString()).param("reason", "人手不足，需要延后"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(noReason).contains("请写明延期原因。");
		assertThat(earlier).contains("申请的日期必须晚于现在的完成时限。", "人手不足，需要延后");
		assertThat(this.requests.ofTask(task.id())).isEmpty();
	}

	@Test
	void aTaskPastItsDeadlineTakesNoRequest() throws Exception {
		Task task = this.scratch.taskDue(LocalDate.now(this.clock).minusDays(1), "延期测试：已逾期");

		assertThat(page("/tasks/" + task.id().value(), "wjw")).contains("该任务的完成时限已过，不能再申请延期")
			.doesNotContain("id=\"extension-form\"");
		this.mvc
			.perform(as("wjw", post("/tasks/" + task.id().value() + "/extension"))
				.param("date", LocalDate.now(this.clock).plusMonths(1).toString())
				.param("reason", "来不及"))
			.andExpect(status().isOk());

		assertThat(this.requests.ofTask(task.id())).isEmpty();
	}

	@Test
	void anExtendedTaskIsJudgedByItsNewDateAndExportedWithBothDates() throws Exception {
		LocalDate yesterday = LocalDate.now(this.clock).minusDays(1);
		LocalDate extendedTo = yesterday.plusMonths(2);
		Task overdue = this.scratch.taskDue(yesterday, "延期测试：原时限已过");
		Task extended = this.scratch.taskDue(yesterday, "延期测试：已获延期");
		// granted before the written deadline passed
		this.jdbc.update("update task set extended_to = ? where id = ?", extendedTo, extended.id().value());

		String ledger = page("/plans/" + overdue.planId().value(), "office");

		assertThat(rowOf(ledger, "延期测试：原时限已过")).contains("已逾期", "light-RED");
		assertThat(rowOf(ledger, "延期测试：已获延期")).contains("延期至" + extendedTo).doesNotContain("已逾期", "light-RED");
		byte[] export = this.mvc.perform(as("office", get("/plans/" + overdue.planId().value() + "/export")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
			Sheet sheet = workbook.getSheetAt(0);
			String deadline = null;
			for (Row row : sheet) {
				if (row.getCell(1) != null && "延期测试：已获延期".equals(row.getCell(1).getStringCellValue())) {
					deadline = row.getCell(5).getStringCellValue();
				}
			}
			assertThat(deadline).isEqualTo("测试时限\n延期至" + extendedTo);
		}
	}

	@Test
	void aUnitWithoutAPartInTheTaskCannotAsk() throws Exception {
		Task task = this.scratch.taskDue(LocalDate.now(this.clock).plusDays(20), "延期测试：他单位");

		this.mvc
			.perform(as("mzj", post("/tasks/" + task.id().value() + "/extension"))
				.param("date", LocalDate.now(this.clock).plusMonths(2).toString())
				.param("reason", "越权申请"))
			.andExpect(status().isNotFound());

		assertThat(this.requests.ofTask(task.id())).isEmpty();
	}

	private static String rowOf(String ledger, String text) {
		int at = ledger.indexOf(text);
		return ledger.substring(ledger.lastIndexOf("<tr", at), ledger.indexOf("</tr>", at));
	}

	private String page(String url, String user) throws Exception {
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
