package cn.laoling.ledger.web.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Evidence;
import cn.laoling.ledger.report.EvidenceFiles;
import cn.laoling.ledger.report.EvidenceKind;
import cn.laoling.ledger.report.Figure;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 报送审核: the office's queue, accepting, returning with a comment, and the liaison's
 * resubmission.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	Reports reports;

	@Autowired
	Tasks tasks;

	@Autowired
	EvidenceFiles evidence;

	@Autowired
	ReportingPeriods periods;

	@Test
	void aSubmittedReportWaitsInTheQueueAndShowsItsFiguresAgainstSchedule() throws Exception {
		Report report = this.scratch.submittedReport();

		String queue = page("/review", "office");
		String review = page("/review/" + report.id().value(), "office");

		assertThat(queue).contains("data-report-id=\"" + report.id().value() + "\"", "区卫健委");
		assertThat(review).contains("已创建8个", "老年友好型社区", "序时进度应完成",
				this.demo.account("wjw").displayName() + "（区卫健委） 提交");
		assertThat(page("/review", "lz-office")).doesNotContain("data-report-id=\"" + report.id().value() + "\"");
		this.mvc.perform(get("/review/" + report.id().value()).with(this.demo.as("lz-office")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOfficeOpensTheReportsEvidenceAndAnotherRegionCannot() throws Exception {
		Report report = this.scratch.submittedReport();
		Evidence photo = this.evidence
			.add(report.id(), "验收现场.png", EvidenceKind.PNG, TestImages.PNG, Instant.now(), "wjw")
			.orElseThrow();
		String url = "/review/" + report.id().value() + "/evidence/" + photo.id();

		assertThat(page("/review/" + report.id().value(), "office")).contains("验收现场.png", url);
		assertThat(this.mvc.perform(get(url).with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(TestImages.PNG);
		this.mvc.perform(get(url).with(this.demo.as("lz-office"))).andExpect(status().isNotFound());
	}

	@Test
	void theOfficeAlsoOpensTheFilesOfSubmittedPartsButNotOfDrafts() throws Exception {
		Report report = this.scratch.submittedReport();
		ReportingPeriod period = this.periods.findById(report.periodId()).orElseThrow();
		Task task = this.tasks.findById(report.taskId()).orElseThrow();
		Report part = Report.start(task.id(), period, this.demo.kunquUnit("区民政局").id(), ReportKind.PART, 1);
		part.submit(period, new ReportContent("配合完成3个", List.of(Figure.of(BigDecimal.valueOf(3))),
				TaskStatus.IN_PROGRESS, null, null, null), task.targets(), List.of(), 0, Instant.now());
		part = this.reports.save(part);
		Evidence partFile = this.evidence
			.add(part.id(), "街道台账.xlsx", EvidenceKind.XLSX, TestImages.PNG, Instant.now(), "mzj")
			.orElseThrow();
		Report draft = this.reports
			.save(Report.start(task.id(), period, this.demo.kunquUnit("区财政局").id(), ReportKind.PART, 1));
		Evidence draftFile = this.evidence
			.add(draft.id(), "草稿附件.png", EvidenceKind.PNG, TestImages.PNG, Instant.now(), "czj")
			.orElseThrow();
		String review = "/review/" + report.id().value();

		assertThat(page(review, "office")).contains("区民政局", "街道台账.xlsx").doesNotContain("草稿附件.png");
		this.mvc.perform(get(review + "/evidence/" + partFile.id()).with(this.demo.as("office")))
			.andExpect(status().isOk());
		this.mvc.perform(get(review + "/evidence/" + draftFile.id()).with(this.demo.as("office")))
			.andExpect(status().isNotFound());
	}

	@Test
	void acceptingSetsTheTasksStatusAndKeepsTheAcceptanceInTheHistory() throws Exception {
		Report report = this.scratch.submittedReport();

		this.mvc.perform(as("office", post("/review/" + report.id().value() + "/accept")).param("version",
				String.valueOf(report.version())))
			.andExpect(status().is3xxRedirection());

		Report accepted = this.reports.findById(report.id()).orElseThrow();
		assertThat(accepted.state()).isEqualTo(ReportState.ACCEPTED);
		assertThat(this.tasks.findById(report.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(this.reports.history(report.id())).extracting(ReportEvent::kind)
			.containsExactly(ReportEvent.Kind.SUBMITTED, ReportEvent.Kind.ACCEPTED);
		assertThat(page("/review", "office")).doesNotContain("data-report-id=\"" + report.id().value() + "\"");
		String ledger = page("/plans/" + this.scratch.plan().id().value(), "office");
		int row = ledger.indexOf("data-task-id=\"" + report.taskId().value() + "\"");
		assertThat(ledger.substring(row, ledger.indexOf("</tr>", row))).contains("已创建8个", "8/26个", "第1季度报送");
	}

	@Test
	void aReturnNeedsACommentWhichTheLiaisonSeesBeforeSubmittingAgain() throws Exception {
		Report report = this.scratch.submittedReport();
		String url = "/review/" + report.id().value() + "/return";

		String refused = this.mvc
			.perform(as("office", post(url)).param("version", String.valueOf(report.version())).param("comment", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("退回时请写明意见。");
		assertThat(this.reports.findById(report.id()).orElseThrow().state()).isEqualTo(ReportState.SUBMITTED);

		this.mvc
			.perform(as("office", post(url)).param("version", String.valueOf(report.version()))
				.param("comment", "请补充各街镇创建名单"))
			.andExpect(status().is3xxRedirection());
		Report returned = this.reports.findById(report.id()).orElseThrow();
		assertThat(returned.state()).isEqualTo(ReportState.RETURNED);

		String form = "/tasks/" + report.taskId().value() + "/reports/" + report.periodId().value();
		assertThat(page(form, "wjw")).contains("已退回，请按意见修改后重新提交", "请补充各街镇创建名单");
		this.mvc
			.perform(as("wjw", post(form)).param("action", "submit")
				.param("version", String.valueOf(returned.version()))
				.param("progress", "已创建8个，名单见附件")
				.param("figures[0].value", "8"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.reports.findById(report.id()).orElseThrow().state()).isEqualTo(ReportState.SUBMITTED);
		assertThat(this.reports.history(report.id())).extracting(ReportEvent::kind)
			.containsExactly(ReportEvent.Kind.SUBMITTED, ReportEvent.Kind.RETURNED, ReportEvent.Kind.SUBMITTED);
		String timeline = page("/tasks/" + report.taskId().value(), "office");
		assertThat(timeline).contains("报送记录", this.demo.account("office").displayName() + "（昆都仑区老龄办） 退回", "请补充各街镇创建名单",
				"已创建8个，名单见附件");
		assertThat(timeline.split(this.demo.account("wjw").displayName() + "（区卫健委） 提交")).hasSize(3);
		assertThat(page("/tasks/" + report.taskId().value(), "wjw")).contains("请补充各街镇创建名单");
	}

	@Test
	void aDecisionOnAReportThatChangedSinceItWasOpenedIsAConflict() throws Exception {
		Report report = this.scratch.submittedReport();
		this.mvc
			.perform(as("office", post("/review/" + report.id().value() + "/return"))
				.param("version", String.valueOf(report.version()))
				.param("comment", "先退回"))
			.andExpect(status().is3xxRedirection());

		String page = this.mvc
			.perform(as("office", post("/review/" + report.id().value() + "/accept")).param("version",
					String.valueOf(report.version())))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("该报送已有新的变化");
		assertThat(this.reports.findById(report.id()).orElseThrow().state()).isEqualTo(ReportState.RETURNED);
	}

	@Test
	void aTaskIsClosedOutOnlyOnAnAcceptedDoneReportWithEvidenceAndCanBeReopened() throws Exception {
		Report inProgress = this.scratch.submittedReport();
		accept(inProgress);
		Task task = this.tasks.findById(inProgress.taskId()).orElseThrow();
		this.mvc
			.perform(as("office", post("/tasks/" + task.id().value() + "/close-out")).param("version",
					String.valueOf(task.version())))
			.andExpect(flash().attribute("error", "rule.task.closeOut.notReportedDone"));

		Report done = this.reports.save(Report.start(task.id(), this.periods.forPlan(task.planId()).get(1),
				inProgress.unitId(), ReportKind.CONSOLIDATED, 1));
		done.submit(
				this.periods.forPlan(task.planId()).get(1), new ReportContent("全部完成",
						List.of(Figure.of(BigDecimal.valueOf(26))), TaskStatus.COMPLETED, null, null, null),
				task.targets(), List.of(), 1, Instant.now());
		done = this.reports.save(done);
		accept(done);
		task = this.tasks.findById(task.id()).orElseThrow();
		this.mvc
			.perform(as("office", post("/tasks/" + task.id().value() + "/close-out")).param("version",
					String.valueOf(task.version())))
			.andExpect(flash().attribute("error", "rule.task.closeOut.noEvidence"));

		this.evidence.add(done.id(), "验收证明.png", EvidenceKind.PNG, TestImages.PNG, Instant.now(), "wjw");
		this.mvc.perform(as("office", post("/tasks/" + task.id().value() + "/close-out")).param("version",
				String.valueOf(task.version())))
			.andExpect(flash().attribute("message", "flash.task.closedOut"));
		Task closed = this.tasks.findById(task.id()).orElseThrow();
		assertThat(closed.isClosedOut()).isTrue();
		assertThat(page("/tasks/" + task.id().value(), "leader")).contains("已销号");

		this.mvc.perform(as("office", post("/tasks/" + task.id().value() + "/reopen")).param("version",
				String.valueOf(closed.version())))
			.andExpect(flash().attribute("message", "flash.task.reopened"));
		assertThat(this.tasks.findById(task.id()).orElseThrow().isClosedOut()).isFalse();
	}

	private void accept(Report report) throws Exception {
		this.mvc.perform(as("office", post("/review/" + report.id().value() + "/accept")).param("version",
				String.valueOf(report.version())))
			.andExpect(status().is3xxRedirection());
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
