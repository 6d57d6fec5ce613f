package cn.laoling.ledger.web.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.notice.Notice;
import cn.laoling.ledger.report.StandingCounts;
import cn.laoling.ledger.notice.NoticeFigures;
import cn.laoling.ledger.notice.NoticeText;
import cn.laoling.ledger.notice.Notices;
import cn.laoling.ledger.plan.Deadline;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.ExtensionRequest;
import cn.laoling.ledger.report.ExtensionRequests;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.support.TestSmtp;
import cn.laoling.ledger.web.ScratchData;
import cn.laoling.ledger.web.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every hand-off of a quarter is announced to whoever acts next, and to no one else: a
 * part to the lead unit, the lead unit's report to the office, the office's return (with
 * its comment) and acceptance to the lead unit, a 延期申请 to the office and its decision to
 * the unit, a notice sent for 签发 to the leaders, sent back or signed to the office,
 * published to every unit that must 签收; and by e-mail to those who gave an address.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=${ledger.test.smtp-port}",
		"ledger.reminders.mail-from=laoling@example.gov.cn" })
@AutoConfigureMockMvc
class HandOffsTest {

	@RegisterExtension
	static GreenMailExtension mail = TestSmtp.server();

	/**
	 * Everyone who could be told: 区卫健委's two liaisons, 区民政局's, the office, the leader,
	 * another region.
	 */
	private static final List<String> EVERYONE = List.of("office", "leader", "wjw", "wjw-backup", "mzj", "lz-office");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	NotificationService notifications;

	@Autowired
	ScratchData scratch;

	@Autowired
	Tasks tasks;

	@Autowired
	ReportingPeriods periods;

	@Autowired
	Reports reports;

	@Autowired
	ExtensionRequests extensions;

	@Autowired
	Notices notices;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	Plan plan;

	Task task;

	ReportingPeriod period;

	@BeforeEach
	void aPlanInForceThisYearWithATaskLedBy区卫健委With区民政局Responsible() {
		int year = LocalDate.now(this.clock).getYear();
		this.plan = this.scratch.planInForce("交接测试方案");
		this.task = this.tasks.save(this.plan.newTask(new TaskContent(new TaskNumber("1"), 1, null, "建设老年助餐点",
				List.of(this.demo.kunquUnit("区卫健委").id()), List.of(this.demo.kunquUnit("区民政局").id()), List.of(),
				List.of(Deadline.written(LocalDate.of(year, 12, 31), "年底前")))));
		Quarter now = Quarter.of(LocalDate.now(this.clock));
		this.period = this.periods.forPlan(this.plan.id())
			.stream()
			.filter((p) -> p.quarter().equals(now))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void eachHandOffOfAQuarterRaisesTheUnreadCountOfItsReceiverAndOfNoOneElse() throws Exception {
		String form = "/tasks/" + this.task.id().value() + "/reports/" + this.period.id().value();

		handOff("a part goes to the lead unit", "mzj",
				post(form).param("action", "submit").param("version", "-1").param("progress", "区民政局已建成助餐点2个"), "wjw",
				"wjw-backup");
		assertThat(latest("wjw").title()).isEqualTo("区民政局提交了任务1的" + quarter() + "配合报送");
		assertThat(open("wjw")).isEqualTo(form);

		handOff("the lead unit's report goes to the office", "wjw",
				post(form).param("action", "submit").param("version", "-1").param("progress", "全区已建成助餐点5个"), "office");
		Report consolidated = consolidated();
		assertThat(latest("office").title()).isEqualTo("区卫健委提交了任务1的" + quarter() + "报送，待审核");
		assertThat(open("office")).isEqualTo("/review/" + consolidated.id().value());

		handOff("a returned report goes back to the lead unit, with the office's comment", "office",
				post("/review/" + consolidated.id().value() + "/return")
					.param("version", String.valueOf(consolidated.version()))
					.param("comment", "请补充助餐点的具体位置"),
				"wjw", "wjw-backup");
		assertThat(latest("wjw").title()).isEqualTo("任务1的" + quarter() + "报送被退回");
		assertThat(latest("wjw").body()).contains("退回意见：请补充助餐点的具体位置");

		handOff("the report sent again goes to the office", "wjw",
				post(form).param("action", "submit")
					.param("version", String.valueOf(consolidated().version()))
					.param("progress", "全区已建成助餐点5个，分别位于……"),
				"office");

		handOff("an accepted report is told to the lead unit", "office",
				post("/review/" + consolidated.id().value() + "/accept").param("version",
						String.valueOf(consolidated().version())),
				"wjw", "wjw-backup");
		assertThat(latest("wjw").title()).isEqualTo("任务1的" + quarter() + "报送已审核通过");

		handOff("a 延期申请 goes to the office", "wjw",
				post("/tasks/" + this.task.id().value() + "/extension")
					.param("date", this.task.dueDeadline().date().plusMonths(2).toString())
					.param("reason", "选址未定"),
				"office");
		ExtensionRequest asked = this.extensions.ofTask(this.task.id()).get(0);
		handOff("the decision goes to the unit that asked", "office",
				post("/extensions/" + asked.id().value() + "/refuse").param("version", String.valueOf(asked.version()))
					.param("comment", "年底前必须完成"),
				"wjw", "wjw-backup");
		assertThat(latest("wjw").body()).contains("未同意", "审批意见：年底前必须完成");
		assertThat(open("wjw")).isEqualTo("/tasks/" + this.task.id().value());
		handOff("asked again", "wjw",
				post("/tasks/" + this.task.id().value() + "/extension")
					.param("date", this.task.dueDeadline().date().plusMonths(1).toString())
					.param("reason", "选址已定，工期一个月"),
				"office");
		ExtensionRequest again = this.extensions.ofTask(this.task.id()).get(0);
		handOff("granted", "office",
				post("/extensions/" + again.id().value() + "/grant").param("version", String.valueOf(again.version())),
				"wjw", "wjw-backup");
		assertThat(latest("wjw").title()).isEqualTo("任务1的延期申请已同意");

		this.mvc
			.perform(as("office",
					post("/notices").param("planId", String.valueOf(this.plan.id().value()))
						.param("periodId", String.valueOf(this.period.id().value()))))
			.andExpect(status().is3xxRedirection());
		Notice notice = this.notices.inRegions(List.of(this.plan.regionId()))
			.stream()
			.filter((n) -> n.planId().equals(this.plan.id()))
			.findFirst()
			.orElseThrow();
		String noticeUrl = "/notices/" + notice.id().value();
		handOff("a notice sent for 签发 goes to the leaders", "office",
				post(noticeUrl + "/submit").param("version", version(notice)), "leader");
		assertThat(open("leader")).isEqualTo(noticeUrl);
		handOff("sent back, it goes to the office with the leader's comment", "leader",
				post(noticeUrl + "/send-back").param("version", version(notice)).param("comment", "请补充表扬单位"), "office");
		assertThat(latest("office").body()).contains("退回意见：请补充表扬单位");
		handOff("sent again", "office", post(noticeUrl + "/submit").param("version", version(notice)), "leader");
		handOff("signed, it waits for the office to publish it", "leader",
				post(noticeUrl + "/sign").param("version", version(notice)), "office");
		handOff("published, it goes to every unit that must 签收", "office",
				post(noticeUrl + "/publish").param("version", version(notice)), "wjw", "wjw-backup", "mzj");
		assertThat(latest("mzj").title()).startsWith("请签收进度通报");
		assertThat(open("mzj")).isEqualTo(noticeUrl);
	}

	@Test
	void theLeaderHasANotificationCentreAndItsBellShowsTheUnreadCount() throws Exception {
		this.notifications.readAll(this.demo.viewer("leader"));
		Notice notice = this.notices
			.save(Notice.draft(this.plan.id(), this.plan.regionId(), this.period.id(), this.period.quarter(),
					new NoticeText("老龄工作进度通报", "区老龄办", "交接测试通报", "各成员单位", "总体情况", "存在问题", "下步要求", null),
					new NoticeFigures(StandingCounts.NONE, List.of(), List.of()), "office", this.clock.instant()));
		this.mvc
			.perform(
					as("office", post("/notices/" + notice.id().value() + "/submit").param("version", version(notice))))
			.andExpect(status().is3xxRedirection());

		String page = Pages.html(this.mvc, this.demo.as("leader"), "/notifications");

		assertThat(page).contains("进度通报待签发：交接测试通报", "请审阅后签发或退回修改");
		assertThat(bell(page)).isEqualTo(1);
		this.mvc.perform(as("leader", post("/notifications/" + latest("leader").id() + "/open")))
			.andExpect(redirectedUrl("/notices/" + notice.id().value()));
		assertThat(unread("leader")).isZero();
	}

	@Test
	void aHandOffIsEmailedToTheAccountsItGoesToWhoGaveAnAddress() throws Exception {
		this.jdbc.update("update account set email = ? where username = ?", "wjw@example.gov.cn", "wjw");
		this.jdbc.update("update account set email = ? where username = ?", "office@example.gov.cn", "office");
		String form = "/tasks/" + this.task.id().value() + "/reports/" + this.period.id().value();
		this.mvc
			.perform(as("wjw", post(form).param("action", "submit").param("version", "-1").param("progress", "已启动")))
			.andExpect(status().is3xxRedirection());
		Report consolidated = consolidated();
		this.mvc
			.perform(as("office",
					post("/review/" + consolidated.id().value() + "/return")
						.param("version", String.valueOf(consolidated.version()))
						.param("comment", "请写明助餐点数量")))
			.andExpect(status().is3xxRedirection());

		assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
		MimeMessage toOffice = receivedBy("office@example.gov.cn");
		assertThat(toOffice.getSubject()).isEqualTo("区卫健委提交了任务1的" + quarter() + "报送，待审核");
		MimeMessage toLiaison = receivedBy("wjw@example.gov.cn");
		assertThat(toLiaison.getSubject()).isEqualTo("任务1的" + quarter() + "报送被退回");
		assertThat((String) toLiaison.getContent()).contains("退回意见：请写明助餐点数量");
	}

	/**
	 * The user's action is answered, and the receivers' unread counts, only theirs, rise
	 * by one.
	 */
	private void handOff(String what, String user, MockHttpServletRequestBuilder action, String... receivers)
			throws Exception {
		Map<String, Integer> expected = unreadOfEveryone();
		for (String receiver : receivers) {
			expected.merge(receiver, 1, Integer::sum);
		}
		this.mvc.perform(as(user, action))
			.andExpect(status().is3xxRedirection())
			.andExpect((result) -> assertThat(result.getFlashMap().get("error")).as(what).isNull());
		assertThat(unreadOfEveryone()).as(what).isEqualTo(expected);
	}

	private Map<String, Integer> unreadOfEveryone() {
		Map<String, Integer> unread = new LinkedHashMap<>();
		EVERYONE.forEach((user) -> unread.put(user, unread(user)));
		return unread;
	}

	private int unread(String user) {
		return this.notifications.unread(this.demo.viewer(user));
	}

	private NotificationService.Item latest(String user) {
		return this.notifications.latest(this.demo.viewer(user)).get(0);
	}

	/** Opens the user's latest notification from the centre: where it leads. */
	private String open(String user) throws Exception {
		return this.mvc.perform(as(user, post("/notifications/" + latest(user).id() + "/open")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private Report consolidated() {
		return this.reports.forTask(this.task.id(), this.period.id())
			.stream()
			.filter((r) -> r.kind() == ReportKind.CONSOLIDATED)
			.findFirst()
			.orElseThrow();
	}

	private String version(Notice notice) {
		return String.valueOf(this.notices.findById(notice.id()).orElseThrow().version());
	}

	private String quarter() {
		return this.period.quarter().year() + "年第" + this.period.quarter().number() + "季度";
	}

	private static int bell(String page) {
		Matcher count = Pattern.compile("id=\"unread-count\"[^>]*>(\\d+)<").matcher(page);
		return count.find() ? Integer.parseInt(count.group(1)) : 0;
	}

	private static MimeMessage receivedBy(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter((m) -> {
			try {
				return m.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).reduce((first, last) -> last).orElseThrow(() -> new AssertionError("nothing e-mailed to " + address));
	}

	private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
		return request.with(this.demo.as(user)).with(csrf());
	}

}
