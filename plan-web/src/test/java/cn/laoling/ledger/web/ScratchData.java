package cn.laoling.ledger.web;

import cn.laoling.ledger.notification.Notifications;

import cn.laoling.ledger.notification.NotificationKind;

import cn.laoling.ledger.notification.Notification;

import cn.laoling.ledger.notification.Recipient;

import cn.laoling.ledger.prompt.WorkPrompts;

import cn.laoling.ledger.prompt.WorkPrompt;

import cn.laoling.ledger.notice.Receipts;

import cn.laoling.ledger.notice.Notices;

import cn.laoling.ledger.notice.NoticeText;

import cn.laoling.ledger.notice.NoticeState;

import cn.laoling.ledger.notice.NoticeFigures;

import cn.laoling.ledger.report.StandingCounts;

import cn.laoling.ledger.notice.IssueNumber;
import cn.laoling.ledger.notice.Notice;

import cn.laoling.ledger.unit.UnitId;

import cn.laoling.ledger.report.ReportState;

import java.time.Instant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.Credentials;
import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.account.UnitBinding;
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
import cn.laoling.ledger.report.ExtensionRequest;
import cn.laoling.ledger.report.ExtensionRequests;
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.Units;

/**
 * Throw-away records for tests that change or delete things, kept apart from the demo
 * plans (in a plan of their own) so that other tests still find the demo as it was.
 */
@Component
public class ScratchData {

	public static final String PLAN_TITLE = "测试用方案（可随意修改）";

	private final DemoLedger demo;

	private final Plans plans;

	private final Tasks tasks;

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ReportingPeriods periods;

	private final Reports reports;

	private final ExtensionRequests extensions;

	private final Notices notices;

	private final WorkPrompts prompts;

	private final Notifications notifications;

	private final Receipts receipts;

	private final Units units;

	ScratchData(DemoLedger demo, Plans plans, Tasks tasks, Accounts accounts, PasswordEncoder encoder,
			JdbcTemplate jdbc, Clock clock, ReportingPeriods periods, Reports reports, ExtensionRequests extensions,
			Notices notices, Receipts receipts, WorkPrompts prompts, Notifications notifications, Units units) {
		this.units = units;
		this.prompts = prompts;
		this.notifications = notifications;
		this.notices = notices;
		this.receipts = receipts;
		this.extensions = extensions;
		this.periods = periods;
		this.reports = reports;
		this.demo = demo;
		this.plans = plans;
		this.tasks = tasks;
		this.accounts = accounts;
		this.encoder = encoder;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The scratch plan, in force: last year and this, so that today falls in one of its
	 * periods and an earlier period exists whatever the date.
	 */
	public synchronized Plan plan() {
		return this.plans.findByTitle(this.demo.region("昆都仑区"), PLAN_TITLE).orElseGet(() -> {
			Plan plan = Plan.draft(this.demo.region("昆都仑区"), new PlanFacts(PLAN_TITLE, null, null, null,
					PlanPeriod.years(LocalDate.now(this.clock).getYear() - 1, LocalDate.now(this.clock).getYear())));
			plan.putInForce();
			return this.plans.save(plan);
		});
	}

	/**
	 * A new plan of 昆都仑区 in force for this year, under a title of its own: its current
	 * period is this quarter.
	 */
	public Plan planInForce(String title) {
		Plan plan = Plan.draft(this.demo.region("昆都仑区"), new PlanFacts(title + unique(), null, null, null,
				PlanPeriod.year(LocalDate.now(this.clock).getYear())));
		plan.putInForce();
		return this.plans.save(plan);
	}

	/** A task of the scratch plan led by one unit of 昆都仑区 (by default 区卫健委). */
	public Task task(String leadUnit, String text) {
		Plan plan = plan();
		Unit lead = this.demo.kunquUnit(leadUnit);
		return this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("T" + unique()), 1, null, text,
				List.of(lead.id()), List.of(), List.of(), List.of())));
	}

	/** A task of the scratch plan led by 区卫健委, due on the day (written as 测试时限). */
	public Task taskDue(LocalDate due, String text) {
		Plan plan = plan();
		return this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("T" + unique()), 1, null, text,
				List.of(this.demo.kunquUnit("区卫健委").id()), List.of(), List.of(),
				List.of(Deadline.written(due, "测试时限")))));
	}

	public Task task() {
		return task("区卫健委", "测试任务");
	}

	/**
	 * A task of the scratch plan led by 区卫健委 with 区民政局 responsible: 区民政局 owes its part to
	 * 区卫健委 each period.
	 */
	public Task taskWithPart(String text) {
		return this.tasks.save(plan().newTask(new TaskContent(new TaskNumber("T" + unique()), 1, null, text,
				List.of(this.demo.kunquUnit("区卫健委").id()), List.of(this.demo.kunquUnit("区民政局").id()), List.of(),
				List.of())));
	}

	/**
	 * A task of the scratch plan led by 区卫健委 with 区民政局 responsible and a target of 26
	 * communities, which the office can split between them (指标分解).
	 */
	public Task splittableTask(String text) {
		return this.tasks.save(plan().newTask(new TaskContent(new TaskNumber("T" + unique()), 1, null, text,
				List.of(this.demo.kunquUnit("区卫健委").id()), List.of(this.demo.kunquUnit("区民政局").id()),
				List.of(Target.atLeast(26, "个", "老年友好型社区")), List.of())));
	}

	/**
	 * A consolidated report of 区卫健委 on a new scratch task with one target, submitted to
	 * the office for the scratch plan's first period.
	 */
	public Report submittedReport() {
		Plan plan = plan();
		Task task = this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("T" + unique()), 1, null, "测试报送任务",
				List.of(this.demo.kunquUnit("区卫健委").id()), List.of(), List.of(Target.atLeast(26, "个", "老年友好型社区")),
				List.of())));
		ReportingPeriod period = this.periods.forPlan(plan.id()).get(0);
		Report report = Report.start(task.id(), period, this.demo.kunquUnit("区卫健委").id(), ReportKind.CONSOLIDATED, 1);
		report.submit(period, new ReportContent("已创建8个", List.of(Figure.of(BigDecimal.valueOf(8))),
				TaskStatus.IN_PROGRESS, null, null, null), task.targets(), List.of(), 0, this.clock.instant());
		Report saved = this.reports.save(report);
		this.reports.record(ReportEvent.of(saved, ReportEvent.Kind.SUBMITTED, this.clock.instant(), "wjw"));
		return saved;
	}

	/**
	 * A task of a new plan in force (last year and this), led by 区卫健委 with 区民政局
	 * responsible, one target, due in two months; 区民政局 has submitted its part for the
	 * current period and 区卫健委 has still to consolidate.
	 */
	public Task taskWithASubmittedPart() {
		LocalDate today = LocalDate.now(this.clock);
		Plan plan = Plan.draft(this.demo.region("昆都仑区"), new PlanFacts("汇总测试方案" + unique(), null, null, null,
				PlanPeriod.years(today.getYear() - 1, today.getYear())));
		plan.putInForce();
		plan = this.plans.save(plan);
		Task task = this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("1"), 1, null,
				"汇总测试：按照国家老年友好型社区建设标准，到年底创建老年友好型社区26个，并对已创建社区开展“回头看”，巩固创建成果（测试" + unique() + "）。",
				List.of(this.demo.kunquUnit("区卫健委").id()), List.of(this.demo.kunquUnit("区民政局").id()),
				List.of(Target.atLeast(26, "个", "老年友好型社区")), List.of(Deadline.written(today.plusMonths(2), "两个月内")))));
		ReportingPeriod period = this.periods.forPlan(plan.id())
			.stream()
			.filter((p) -> p.quarter().contains(today))
			.findFirst()
			.orElseThrow();
		Report part = Report.start(task.id(), period, this.demo.kunquUnit("区民政局").id(), ReportKind.PART, 1);
		part.submit(period, new ReportContent("配合完成3个", List.of(Figure.of(BigDecimal.valueOf(3))),
				TaskStatus.IN_PROGRESS, null, null, null), task.targets(), List.of(), 0, this.clock.instant());
		this.reports.save(part);
		return task;
	}

	/**
	 * A 延期申请 of 区卫健委 (by wjw) on a new scratch task due in 60 days, for a month later,
	 * waiting for the office.
	 */
	public ExtensionRequest pendingExtension() {
		Task task = taskDue(LocalDate.now(this.clock).plusDays(60), "测试延期任务");
		return this.extensions
			.save(ExtensionRequest.ask(task, this.demo.kunquUnit("区卫健委").id(), task.dueDeadline().date().plusMonths(1),
					"测试延期原因", LocalDate.now(this.clock), "wjw", this.clock.instant()));
	}

	/** A plan of 昆都仑区 with known answers for a progress notice of its second quarter. */
	public record NoticePlan(Plan plan, ReportingPeriod q2) {
	}

	/**
	 * A new 2026 plan of 昆都仑区 whose 2026Q2 (due 25 June) has known answers: task 1 of
	 * 区民政局, 26 communities by the year end, 8 reported on time (序时 12.89 on 30 June:
	 * 欠进度); task 2 of 区卫健委, reported complete two days late; task 3 of 区民政局, due at the
	 * end of March and never reported (overdue, missing).
	 */
	public NoticePlan noticePlan() {
		Plan draft = Plan.draft(this.demo.region("昆都仑区"), new PlanFacts("通报测试方案" + unique(), null, null, null,
				new PlanPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
		draft.putInForce();
		Plan plan = this.plans.save(draft);
		UnitId civil = this.demo.kunquUnit("区民政局").id();
		UnitId health = this.demo.kunquUnit("区卫健委").id();
		Task communities = this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("1"), 1, null, "创建老年友好型社区",
				List.of(civil), List.of(), List.of(Target.atLeast(26, "个", "老年友好型社区")),
				List.of(Deadline.written(LocalDate.of(2026, 12, 31), "到2026年底")))));
		Task meals = this.tasks
			.save(plan.newTask(new TaskContent(new TaskNumber("2"), 2, null, "建成老年助餐点", List.of(health), List.of(),
					List.of(), List.of(Deadline.written(LocalDate.of(2026, 12, 31), "到2026年底")))));
		this.tasks.save(plan.newTask(new TaskContent(new TaskNumber("3"), 3, null, "制定养老服务设施布局规划", List.of(civil),
				List.of(), List.of(), List.of(Deadline.written(LocalDate.of(2026, 3, 31), "3月底前")))));
		ReportingPeriod q2 = this.periods.forPlan(plan.id()).get(1);
		this.reports.save(new Report(
				null, communities.id(), q2.id(), civil, ReportKind.CONSOLIDATED, new ReportContent("已创建8个",
						List.of(Figure.of(BigDecimal.valueOf(8))), TaskStatus.IN_PROGRESS, null, null, null),
				ReportState.ACCEPTED, null, Instant.parse("2026-06-24T02:00:00Z"), 0));
		this.reports.save(new Report(null, meals.id(), q2.id(), health, ReportKind.CONSOLIDATED,
				new ReportContent("助餐点已建成", List.of(), TaskStatus.COMPLETED, null, null, null), ReportState.ACCEPTED,
				null, Instant.parse("2026-06-27T02:00:00Z"), 0));
		return new NoticePlan(plan, q2);
	}

	/**
	 * A notice of a new {@link #noticePlan()} in the state; a published one went to 区民政局
	 * and 区卫健委.
	 */
	public Notice notice(NoticeState state) {
		NoticePlan seeded = noticePlan();
		Notice notice = Notice.draft(seeded.plan().id(), seeded.plan().regionId(), seeded.q2().id(),
				seeded.q2().quarter(),
				new NoticeText("老龄工作进度通报", "昆都仑区老龄工作委员会办公室", "测试通报", "各成员单位", "总体情况", "存在问题", "下步工作要求", null),
				new NoticeFigures(StandingCounts.NONE, List.of(), List.of()), "office", this.clock.instant());
		if (state != NoticeState.DRAFT) {
			notice.submit();
		}
		if (state == NoticeState.SIGNED || state == NoticeState.PUBLISHED) {
			notice.signOff("leader", this.clock.instant());
		}
		if (state == NoticeState.PUBLISHED) {
			int year = LocalDate.now(this.clock).getYear();
			notice.publish(new IssueNumber(year, this.notices.nextNumber(notice.regionId(), year)),
					LocalDate.now(this.clock), "office", this.clock.instant());
		}
		Notice saved = this.notices.save(notice);
		if (state == NoticeState.PUBLISHED) {
			this.receipts.expect(saved.id(),
					List.of(this.demo.kunquUnit("区民政局").id(), this.demo.kunquUnit("区卫健委").id()));
		}
		return saved;
	}

	/** A 专项工作提示 of 昆都仑区 to 区卫健委 alone, about a new scratch task. */
	public WorkPrompt prompt() {
		return this.prompts.create(WorkPrompt.write(this.demo.region("昆都仑区"), "测试工作提示", "6月底前完成优先结算通道",
				LocalDate.now(this.clock).plusDays(10), List.of(this.demo.kunquUnit("区卫健委").id()), List.of(task().id()),
				LocalDate.now(this.clock), "office", this.clock.instant()));
	}

	/** A notification to the unit of 昆都仑区. */
	public Notification notificationTo(String unit) {
		return this.notifications.send(new Notification(null, Recipient.unit(this.demo.kunquUnit(unit).id()),
				NotificationKind.REMINDER, "测试提醒", "测试提醒内容", "/reports", this.clock.instant()));
	}

	/** An account of 昆都仑区 with a known password that need not be changed. */
	public Account account(Role role, String password) {
		return ready(Account.open("t-" + unique(), "测试账户", role, this.demo.region("昆都仑区"), null,
				Credentials.temporary(this.encoder.encode(password), this.clock.instant())), password);
	}

	/**
	 * A liaison of the unit, with a known password that need not be changed (unlike
	 * {@link #liaison}).
	 */
	public Account readyLiaison(Unit unit, LiaisonPosition position, String password) {
		return ready(Account.open("t-" + unique(), "测试联络员", Role.LIAISON, unit.regionId(),
				new UnitBinding(unit.id(), position),
				Credentials.temporary(this.encoder.encode(password), this.clock.instant())), password);
	}

	private Account ready(Account opened, String password) {
		Account saved = this.accounts.save(opened);
		saved.changePassword(this.encoder.encode(password), this.clock.instant());
		return this.accounts.save(saved);
	}

	/** A new department of 昆都仑区 that no other test knows. */
	public Unit unit() {
		return this.units
			.save(Unit.register(this.demo.region("昆都仑区"), new UnitName("测试单位" + unique()), UnitKind.DEPARTMENT));
	}

	public Account account() {
		return account(Role.LEADER, "Scratch-2026");
	}

	public Account liaison(String unit, LiaisonPosition position, String password) {
		Account opened = Account.open("t-" + unique(), "测试联络员", Role.LIAISON, this.demo.region("昆都仑区"),
				new UnitBinding(this.demo.kunquUnit(unit).id(), position),
				Credentials.temporary(this.encoder.encode(password), this.clock.instant()));
		return this.accounts.save(opened);
	}

	/**
	 * What a request could have changed, in one string: rows and versions of every table
	 * but the audit log.
	 */
	public String fingerprint() {
		return this.jdbc.queryForObject(
				"""
						select concat_ws('|',
						  (select count(*) || ':' || coalesce(sum(version), 0) from region),
						  (select count(*) || ':' || coalesce(sum(version), 0) from unit),
						  (select count(*) from unit_alias), (select count(*) from unit_group_member),
						  (select count(*) || ':' || coalesce(sum(version), 0) from plan),
						  (select count(*) from plan_section),
						  (select count(*) || ':' || coalesce(sum(version), 0) from task),
						  (select count(*) from task_lead_unit), (select count(*) from task_responsible_unit),
						  (select count(*) from task_target), (select count(*) from task_deadline),
						  (select count(*) || ':' || coalesce(sum(version), 0) from report),
						  (select count(*) || ':' || coalesce(sum(version), 0) from extension_request),
						  (select count(*) || ':' || coalesce(sum(version), 0) from notice),
						  (select count(*) from notice_receipt where acknowledged_at is not null),
						  (select count(*) from work_prompt), (select count(*) from work_prompt_unit where answered_at is not null),
						  (select count(*) from work_prompt_unit where acknowledged_at is not null),
						  (select count(*) from notification), (select count(*) from notification_read),
						  (select count(*) from report_chase), (select count(*) from calendar_day),
						  (select count(*) || ':' || coalesce(sum(version), 0) from account),
						  (select count(*) from account_password_history))""",
				String.class);
	}

	public long auditRows() {
		Long count = this.jdbc.queryForObject("select count(*) from audit_event", Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Eight characters no other test run uses. Without an "e": between digits it reads as
	 * an exponent to the checks that numbers are written out (NumbersAsWrittenTest).
	 */
	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8).replace('e', 'x');
	}

}
