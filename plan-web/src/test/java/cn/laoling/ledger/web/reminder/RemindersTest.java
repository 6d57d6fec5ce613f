package cn.laoling.ledger.web.reminder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
import cn.laoling.ledger.plan.Quota;
import cn.laoling.ledger.plan.Quotas;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskContent;
import cn.laoling.ledger.plan.TaskNumber;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.web.DemoLedger;
import cn.laoling.ledger.web.support.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * 自动提醒 around the 2026 国庆 holiday (1-7 October off, Saturday 10 October worked): a period
 * due Friday 9 October is first reminded on Friday 25 September, five working days
 * before; each unit is told once, only of its own items, in the notification centre and
 * by e-mail; it is chased the day after the due date; a second run sends nothing; and the
 * daily job does nothing while another instance holds its lock.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=${ledger.test.smtp-port}",
		"ledger.reminders.mail-from=laoling@example.gov.cn" })
@AutoConfigureMockMvc
class RemindersTest {

	@RegisterExtension
	static GreenMailExtension mail = TestSmtp.server();

	private static final LocalDate DUE = LocalDate.of(2026, 10, 9);

	@Autowired
	ReminderService reminders;

	@Autowired
	ReminderJob job;

	@Autowired
	LockProvider locks;

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
	Reports reports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Quotas quotas;

	UnitId health;

	UnitId civil;

	Task training;

	String planTitle;

	Task survey;

	@BeforeEach
	void aPlanInForceWhoseThirdQuarterIsDueAfterTheHoliday() {
		this.health = this.demo.kunquUnit("区卫健委").id();
		this.civil = this.demo.kunquUnit("区民政局").id();
		Plan plan = Plan.draft(this.demo.region("昆都仑区"),
				new PlanFacts("提醒测试方案" + System.nanoTime(), null, null, null, PlanPeriod.year(2026)));
		plan.putInForce();
		plan = this.plans.save(plan);
		this.planTitle = plan.title();
		this.training = this.tasks
			.save(plan.newTask(new TaskContent(new TaskNumber("1"), 1, null, "开展老年健康培训", List.of(this.health),
					List.of(), List.of(), List.of(Deadline.written(LocalDate.of(2026, 12, 31), "年底前")))));
		this.survey = this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("2"), 2, null, "完成养老需求调查",
				List.of(this.civil), List.of(), List.of(), List.of(Deadline.written(DUE, "国庆后")))));
		Task done = plan.newTask(new TaskContent(new TaskNumber("3"), 3, null, "已完成的任务", List.of(this.civil), List.of(),
				List.of(), List.of(Deadline.written(DUE, "国庆后"))));
		done.markStatus(TaskStatus.COMPLETED);
		this.tasks.save(done);
		ReportingPeriod q3 = this.periods.forPlan(plan.id()).get(2);
		q3.changeDueDate(DUE);
		this.periods.save(q3);
		q3 = this.periods.findById(q3.id()).orElseThrow();
		for (Task civilTask : this.tasks.find(cn.laoling.ledger.plan.TaskQuery.all(plan.id()))) {
			if (civilTask.leadUnits().contains(this.civil)) {
				this.reports.save(new Report(null, civilTask.id(), q3.id(), this.civil, ReportKind.CONSOLIDATED,
						new ReportContent("已报送", List.of(), TaskStatus.IN_PROGRESS, null, null, null),
						ReportState.SUBMITTED, null, Instant.parse("2026-09-20T02:00:00Z"), 0));
			}
		}
		this.jdbc.update("update account set email = ? where username = ?", "wjw@example.gov.cn", "wjw");
	}

	@Test
	void aPeriodDueAfterTheHolidayIsRemindedFiveWorkingDaysAheadOnceAndChasedTheDayAfter() throws Exception {
		this.reminders.sendDue(LocalDate.of(2026, 9, 23));
		assertThat(sentAbout(this.training)).as("six working days ahead").isEmpty();

		this.reminders.sendDue(LocalDate.of(2026, 9, 24));

		assertThat(sentAbout(this.training)).containsExactly("REPORT_DUE:CONSOLIDATED@" + this.health.value());
		assertThat(sentAbout(this.survey)).as("区民政局 reported, so only the task is due")
			.containsExactly("TASK_DUE@" + this.civil.value());
		long notifications = notificationsAboutThePlan();
		this.reminders.sendDue(LocalDate.of(2026, 9, 24));
		this.reminders.sendDue(LocalDate.of(2026, 9, 28));
		assertThat(notificationsAboutThePlan()).as("nothing new the same day or the next").isEqualTo(notifications);

		this.mvc.perform(get("/notifications").with(this.demo.as("wjw")))
			.andExpect(content().string(containsString("任务1“开展老年健康培训”2026年第3季度的进展报送将于2026-10-09截止，尚未提交。")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("完成养老需求调查"))));
		this.mvc.perform(get("/notifications").with(this.demo.as("mzj")))
			.andExpect(content().string(containsString("任务2“完成养老需求调查”将于2026-10-09到期，尚未完成。")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("已完成的任务"))));
		this.mvc.perform(get("/reports").with(this.demo.as("wjw")))
			.andExpect(content().string(containsString("id=\"unread-count\"")));

		this.reminders.sendDue(DUE);
		assertThat(sentAbout(this.training)).as("not overdue on the due day").hasSize(1);
		this.reminders.sendDue(DUE.plusDays(1));
		assertThat(sentAbout(this.training)).contains("REPORT_OVERDUE:CONSOLIDATED@" + this.health.value());
		assertThat(sentAbout(this.survey)).contains("TASK_OVERDUE@" + this.civil.value());
	}

	@Test
	void aUnitIsRemindedOfItsOwnShareOfASplitTarget() throws Exception {
		Task shared = this.tasks.save(this.plans.findById(this.training.planId())
			.orElseThrow()
			.newTask(new TaskContent(new TaskNumber("4"), 4, null, "创建老年友好型社区", List.of(this.health),
					List.of(this.civil), List.of(Target.atLeast(26, "个", "老年友好型社区")),
					List.of(Deadline.written(LocalDate.of(2026, 12, 31), "年底前")))));
		this.quotas.replace(shared.id(), shared.version(),
				new TargetSplit(0, List.of(new Quota(this.civil, BigDecimal.valueOf(5)))));

		this.reminders.sendDue(LocalDate.of(2026, 9, 24));

		this.mvc.perform(get("/notifications").with(this.demo.as("mzj")))
			.andExpect(content()
				.string(containsString("任务4“创建老年友好型社区”2026年第3季度的进展报送将于2026-10-09截止，尚未提交。（本单位分解指标：老年友好型社区5个）")));
		this.mvc.perform(get("/notifications").with(this.demo.as("wjw")))
			.andExpect(content().string(containsString("任务4“创建老年友好型社区”2026年第3季度的进展报送将于2026-10-09截止，尚未提交。")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("本单位分解指标"))));
	}

	@Test
	void theReminderIsEmailedToTheUnitsLiaisonsWhoGaveAnAddress() throws Exception {
		this.reminders.sendDue(LocalDate.of(2026, 9, 24));

		MimeMessage[] received = mail.getReceivedMessages();
		List<MimeMessage> toHealth = java.util.Arrays.stream(received).filter((m) -> {
			try {
				return m.getAllRecipients()[0].toString().equals("wjw@example.gov.cn")
						&& ((String) m.getContent()).contains("开展老年健康培训");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(toHealth).hasSize(1);
		assertThat(toHealth.get(0).getSubject()).startsWith("工作提醒");
		assertThat(this.jdbc.queryForObject(
				"select mailed_to from reminder_sent where task_id = ? and kind = 'REPORT_DUE:CONSOLIDATED'",
				String.class, this.training.id().value()))
			.isEqualTo("wjw@example.gov.cn");
	}

	@Test
	void theDailyJobDoesNothingWhileAnotherInstanceHoldsItsLock() {
		long before = count("reminder_sent");
		SimpleLock held = this.locks
			.lock(new LockConfiguration(Instant.now(), "daily-reminders", Duration.ofMinutes(5), Duration.ZERO))
			.orElseThrow();
		try {
			this.job.sendTheDaysReminders();
			assertThat(count("reminder_sent")).isEqualTo(before);
		}
		finally {
			held.unlock();
		}
		this.job.sendTheDaysReminders();
		assertThat(this.jdbc.queryForObject("select count(*) from shedlock where name = 'daily-reminders'", Long.class))
			.isEqualTo(1);
	}

	private List<String> sentAbout(Task task) {
		return this.jdbc.queryForList("select kind || '@' || unit_id from reminder_sent where task_id = ? order by key",
				String.class, task.id().value());
	}

	/**
	 * The notifications naming this test's plan: other tests leave plans in force this
	 * year, whose reminders are none of this test's business.
	 */
	private long notificationsAboutThePlan() {
		return this.jdbc.queryForObject("select count(*) from notification where body like ?", Long.class,
				"%《" + this.planTitle + "》%");
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
