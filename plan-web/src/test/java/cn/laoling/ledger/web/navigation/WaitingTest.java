package cn.laoling.ledger.web.navigation;

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

import cn.laoling.ledger.notice.Notice;
import cn.laoling.ledger.notice.NoticeState;
import cn.laoling.ledger.notice.Notices;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.ScratchData;
import cn.laoling.ledger.web.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's navigation counts what waits for it, and the count is the size of the queue
 * the link opens: the office's reports to review, 延期申请 and notices to act on; the
 * leader's notices to sign; a liaison's reports to submit, reports returned and notices
 * to acknowledge.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WaitingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	ScratchData scratch;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	Reports reports;

	@Autowired
	Tasks tasks;

	@Autowired
	Notices notices;

	@Autowired
	Clock clock;

	@Test
	void theOfficesBadgesCountTheReportsAndExtensionRequestsInItsQueue() throws Exception {
		this.scratch.submittedReport();
		this.scratch.submittedReport();
		this.scratch.pendingExtension();

		String queue = page("/review", "office");

		int reports = count(queue, "class=\"review-item\"");
		int extensions = count(queue, "pending-extension\"");
		assertThat(reports).isGreaterThanOrEqualTo(2);
		assertThat(badge(queue, "waiting-review")).isEqualTo(String.valueOf(reports));
		assertThat(queue).as("the queue's own count").contains("待审核的报送共 " + reports + " 份。");
		assertThat(badge(queue, "waiting-extensions")).isEqualTo("延期" + extensions);
		assertThat(badge(queue, "extensions-waiting")).isEqualTo(String.valueOf(extensions));
	}

	@Test
	void theOfficesNoticeBadgeCountsTheNoticesSentBackOrSignedAndTheLeadersThoseToSign() throws Exception {
		this.scratch.notice(NoticeState.SIGNED);
		this.scratch.notice(NoticeState.AWAITING_SIGN_OFF);
		Notice sentBack = this.scratch.notice(NoticeState.AWAITING_SIGN_OFF);
		sentBack.sendBack("请补充表扬单位");
		this.notices.save(sentBack);

		List<Notice> all = this.notices.inRegions(List.of(this.demo.region("昆都仑区")));
		long forOffice = all.stream().filter((n) -> n.isSentBack() || n.state() == NoticeState.SIGNED).count();
		assertThat(badge(page("/plans", "office"), "waiting-notices")).isEqualTo(String.valueOf(forOffice));

		String list = page("/notices", "leader");
		assertThat(badge(list, "waiting-notices"))
			.isEqualTo(String.valueOf(count(list, "notice-" + NoticeState.AWAITING_SIGN_OFF + "\"")));
	}

	@Test
	void aLiaisonsBadgesCountTheReportsToSubmitAndReturnedInMyWorkAndTheNoticesToAcknowledge() throws Exception {
		Plan plan = this.scratch.planInForce("待办计数测试方案");
		Task returned = this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("1"), 1, null, "退回待改的任务",
				List.of(this.demo.kunquUnit("区卫健委").id()), List.of(), List.of(), List.of())));
		this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("2"), 2, null, "未填报的任务",
				List.of(this.demo.kunquUnit("区卫健委").id()), List.of(), List.of(), List.of())));
		ReportingPeriod now = this.periods.forPlan(plan.id())
			.stream()
			.filter((p) -> p.quarter().equals(Quarter.of(LocalDate.now(this.clock))))
			.findFirst()
			.orElseThrow();
		this.reports.save(new Report(null, returned.id(), now.id(), this.demo.kunquUnit("区卫健委").id(),
				ReportKind.CONSOLIDATED, new ReportContent("已启动", List.of(), TaskStatus.IN_PROGRESS, null, null, null),
				ReportState.RETURNED, "请补充", Instant.parse("2026-01-05T02:00:00Z"), 0));
		this.scratch.notice(NoticeState.PUBLISHED);

		String work = page("/reports", "wjw");

		int rows = count(work, "data-task-id=");
		int done = count(work, "report-SUBMITTED\"") + count(work, "report-ACCEPTED\"");
		int back = count(work, "report-RETURNED\"");
		assertThat(back).isPositive();
		assertThat(badge(work, "waiting-reports")).isEqualTo(String.valueOf(rows - done - back));
		assertThat(badge(work, "waiting-returned")).isEqualTo("退回" + back);
		assertThat(work).as("the page's own count")
			.contains("本期还有 " + (rows - done - back) + " 项未提交，" + back + " 项被退回待修改。");

		String list = page("/notices", "wjw");
		assertThat(badge(list, "waiting-notices")).isEqualTo(String.valueOf(count(list, "本单位未签收")));
	}

	@Test
	void administratorsHaveNoBadges() throws Exception {
		assertThat(page("/admin/accounts", "sysadmin")).doesNotContain("id=\"waiting-");
	}

	private String page(String url, String user) throws Exception {
		return Pages.html(this.mvc, this.demo.as(user), url);
	}

	private static int count(String page, String text) {
		return page.split(Pattern.quote(text), -1).length - 1;
	}

	/** The text of the badge with the id, or empty when there is none. */
	private static String badge(String page, String id) {
		Matcher badge = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
		return badge.find() ? badge.group(1).strip() : "";
	}

}
