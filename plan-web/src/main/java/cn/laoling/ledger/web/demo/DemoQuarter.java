package cn.laoling.ledger.web.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.notice.NoticeId;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.Quotas;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetSplit;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.EvidenceFiles;
import cn.laoling.ledger.report.EvidenceKind;
import cn.laoling.ledger.report.Consolidation;
import cn.laoling.ledger.report.Figure;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportState;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.report.TargetProgress;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.demo.DemoFiles.LiveReport;
import cn.laoling.ledger.web.notice.NoticeService;
import cn.laoling.ledger.web.report.Shares;
import cn.laoling.ledger.web.security.Viewer;

/**
 * The demo's live quarter: the reports of the plan in force on the day the demo is loaded
 * (accepted ahead of, near and far behind 序时, submitted, returned, a draft, a part
 * waiting for its lead unit, one late and one never sent), a task closed out, and last
 * quarter's notice waiting for a leader's sign-off — so that a newcomer sees a real
 * quarter.
 */
@Component
class DemoQuarter {

	/** A 1×1 PNG, the photo a closed-out task's report carries as evidence. */
	private static final byte[] PHOTO = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	private final Tasks tasks;

	private final ReportingPeriods periods;

	private final Reports reports;

	private final EvidenceFiles evidence;

	private final Units units;

	private final Accounts accounts;

	private final NoticeService notices;

	private final LightRules rules;

	private final Clock clock;

	private final Quotas quotas;

	private final Shares shares;

	DemoQuarter(Tasks tasks, ReportingPeriods periods, Reports reports, EvidenceFiles evidence, Units units,
			Accounts accounts, NoticeService notices, LightRules rules, Clock clock, Quotas quotas, Shares shares) {
		this.quotas = quotas;
		this.shares = shares;
		this.tasks = tasks;
		this.periods = periods;
		this.reports = reports;
		this.evidence = evidence;
		this.units = units;
		this.accounts = accounts;
		this.notices = notices;
		this.rules = rules;
		this.clock = clock;
	}

	/** The words that make the seed file the plan of the day. */
	static Map<String, String> words(LocalDate today) {
		LocalDate past = Quarter.of(today).start().minusDays(1);
		return Map.of("{Y-1}", String.valueOf(today.getYear() - 1), "{Y}", String.valueOf(today.getYear()), "{PAST}",
				past.toString(), "{PAST-WORDS}", past.getYear() + "年" + past.getMonthValue() + "月底前");
	}

	void load(Plan plan, List<LiveReport> entries, List<String> closedOut, String noticePeriod) {
		LocalDate today = LocalDate.now(this.clock);
		List<ReportingPeriod> all = this.periods.forPlan(plan.id());
		ReportingPeriod current = ReportingPeriod.onDay(all, plan.period(), today).orElseThrow();
		ReportingPeriod previous = all.get(all.indexOf(current) - 1);
		Map<String, Task> byNumber = new HashMap<>();
		this.tasks.find(TaskQuery.all(plan.id())).forEach((t) -> byNumber.put(t.number().value(), t));
		Map<String, BigDecimal> currentFigures = new HashMap<>();
		for (LiveReport entry : entries) {
			if (entry.period().equals("current")) {
				Task task = byNumber.get(entry.task());
				currentFigures.put(entry.task() + entry.kind() + entry.unit(),
						figure(task, plan, today, entry.behind(), null, share(plan, task, entry)));
			}
		}
		for (LiveReport entry : entries) {
			Task task = byNumber.get(entry.task());
			boolean now = entry.period().equals("current");
			ReportingPeriod period = now ? current : previous;
			LocalDate day = now ? today : previous.quarter().end();
			BigDecimal amount = figure(task, plan, day, entry.behind(),
					now ? null : currentFigures.get(entry.task() + entry.kind() + entry.unit()),
					share(plan, task, entry));
			Instant at = now ? this.clock.instant().minus(Duration.ofHours(2))
					: previous.dueDate()
						.plusDays(Boolean.TRUE.equals(entry.late()) ? 4 : -3)
						.atTime(LocalTime.of(10, 0))
						.atZone(this.clock.getZone())
						.toInstant();
			report(plan, task, period, entry, amount, at);
		}
		closedOut.forEach((number) -> {
			Task task = byNumber.get(number);
			Task fresh = this.tasks.findById(task.id()).orElseThrow();
			fresh.closeOut();
			this.tasks.save(fresh);
		});
		draftNotice(plan, "previous".equals(noticePeriod) ? previous : current);
	}

	/**
	 * The cumulative figure that stands {@code behind} points behind 序时 on the day (no
	 * more than the figure of the quarter after it).
	 */
	private BigDecimal figure(Task task, Plan plan, LocalDate day, int behind, BigDecimal ceiling, Target share) {
		if (task.targets().isEmpty()) {
			return null;
		}
		Target target = (share != null) ? share : task.targets().get(0);
		BigDecimal goal = target.value().goal();
		BigDecimal expected = TargetProgress
			.of(target, BigDecimal.ZERO, plan.period(), task.dueDeadline(), day, this.rules)
			.expected();
		BigDecimal amount = expected.subtract(goal.multiply(BigDecimal.valueOf(behind)).divide(BigDecimal.valueOf(100)))
			.max(BigDecimal.ZERO)
			.min(goal)
			.setScale(target.isRate() ? 1 : 0, target.isRate() ? RoundingMode.HALF_UP : RoundingMode.FLOOR);
		return (ceiling == null) ? amount : amount.min(ceiling);
	}

	/**
	 * A part's share of the task's first target when that target is split among units
	 * (指标分解): its figure stands against the share.
	 */
	private Target share(Plan plan, Task task, LiveReport entry) {
		if (entry.kind() != ReportKind.PART || task.targets().isEmpty()) {
			return null;
		}
		UnitId unit = this.units.findByName(plan.regionId(), new UnitName(entry.unit())).orElseThrow().id();
		return TargetSplit.of(this.quotas.of(task.id()), 0)
			.filter((split) -> split.holds(unit))
			.map((split) -> split.shareOf(task.targets().get(0), unit))
			.orElse(null);
	}

	private void report(Plan plan, Task task, ReportingPeriod period, LiveReport entry, BigDecimal amount, Instant at) {
		var unit = this.units.findByName(plan.regionId(), new UnitName(entry.unit())).orElseThrow();
		List<Figure> figures = (amount == null) ? List.of() : List.of(Figure.of(amount));
		List<TargetSplit> splits = TargetSplit.applying(this.quotas.of(task.id()), task.targets());
		// a split target's figure obeys the rule in the demo too: the quota holders' sum
		ReportContent content = Consolidation.kept(
				new ReportContent(entry.progress(), figures, entry.status(), entry.problems(), entry.nextSteps(), null),
				task.targets(), splits, unit.id(), entry.kind(), this.shares.latestParts(task, period.id()));
		Report report = Report.start(task.id(), period, unit.id(), entry.kind(), task.targets().size());
		report.saveDraft(period, content);
		report = this.reports.save(report);
		if (entry.state() == ReportState.DRAFT) {
			return;
		}
		int files = 0;
		if (entry.status() == TaskStatus.COMPLETED) {
			this.evidence.add(report.id(), "验收照片.png", EvidenceKind.PNG, PHOTO, at, liaison(unit.id()));
			files = 1;
		}
		report.submit(period, content, task.targets(),
				Consolidation.typed(task.targets(), splits, unit.id(), entry.kind()), List.of(), files, at);
		report = this.reports.save(report);
		this.reports.record(ReportEvent.of(report, ReportEvent.Kind.SUBMITTED, at, liaison(unit.id())));
		Instant reviewed = at.plus(Duration.ofHours(1)).isAfter(this.clock.instant()) ? this.clock.instant()
				: at.plus(Duration.ofHours(1));
		if (entry.state() == ReportState.ACCEPTED) {
			report.accept(period);
			report = this.reports.save(report);
			this.reports.record(ReportEvent.of(report, ReportEvent.Kind.ACCEPTED, reviewed, "office"));
			Task fresh = this.tasks.findById(task.id()).orElseThrow();
			fresh.markStatus(entry.status());
			this.tasks.save(fresh);
		}
		else if (entry.state() == ReportState.RETURNED) {
			report.returnWith(period, entry.comment());
			report = this.reports.save(report);
			this.reports.record(ReportEvent.of(report, ReportEvent.Kind.RETURNED, reviewed, "office"));
		}
	}

	/** The liaison who writes a unit's reports, or the office for a unit without one. */
	private String liaison(UnitId unit) {
		return this.accounts.liaisonOf(unit, LiaisonPosition.PRIMARY).map(Account::username).orElse("office");
	}

	/** The office drafts the quarter's notice and sends it to the leader. */
	private void draftNotice(Plan plan, ReportingPeriod period) {
		Account office = this.accounts.findByUsername("office").orElseThrow();
		Viewer viewer = new Viewer(office.username(), office.displayName(), Role.OFFICE, plan.regionId(),
				Set.of(plan.regionId()), Optional.empty(), Set.of());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(office.username(), null,
				AuthorityUtils.createAuthorityList("ROLE_OFFICE")));
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(context);
		try {
			NoticeId id = this.notices.draft(viewer, plan.id(), period.id());
			this.notices.submit(viewer, id, 0);
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
