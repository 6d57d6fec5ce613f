package cn.laoling.ledger.web.year;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Recipient;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetYears;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.plan.YearClosing;
import cn.laoling.ledger.plan.YearClosings;
import cn.laoling.ledger.plan.YearShare;
import cn.laoling.ledger.report.Assessment;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.report.LightRules;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.report.TargetProgress;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.NumberText;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.notification.NotificationService;
import cn.laoling.ledger.web.plan.LedgerService;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.ShortText;
import cn.laoling.ledger.web.support.TargetText;

/**
 * 年度工作要点 and 年度结转 of a multi-year plan: each target divided by year with its share of a
 * year, judged on it; and the office closing a year that is over, carrying what each
 * target left unfinished into the next year.
 */
@Service
@Transactional(readOnly = true)
public class WorkPointsService {

	private final LedgerService ledger;

	private final Tasks tasks;

	private final Reports reports;

	private final YearClosings closings;

	private final Units units;

	private final TargetText targetText;

	private final LightRules rules;

	private final Clock clock;

	private final AuditTrail audit;

	private final NotificationService notifications;

	WorkPointsService(LedgerService ledger, Tasks tasks, Reports reports, YearClosings closings, Units units,
			TargetText targetText, LightRules rules, Clock clock, AuditTrail audit, NotificationService notifications) {
		this.notifications = notifications;
		this.ledger = ledger;
		this.tasks = tasks;
		this.reports = reports;
		this.closings = closings;
		this.units = units;
		this.targetText = targetText;
		this.rules = rules;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * The year's work points as the viewer may see them (a liaison its unit's tasks),
	 * judged today or, for a year that is over, on its last day.
	 */
	public WorkPoints points(Viewer viewer, PlanId planId, int year) {
		Plan plan = plan(viewer, planId, year);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate day = today.isAfter(end) ? end : today;
		List<Task> divided = this.tasks.find(TaskQuery.all(planId))
			.stream()
			.filter(viewer::mayOpen)
			.filter((t) -> t.years().stream().anyMatch((y) -> y.in(year).isPresent()))
			.toList();
		Map<TaskId, Report> latest = this.reports.latestAccepted(divided.stream().map(Task::id).toList(),
				Quarter.of(day));
		Set<UnitId> leads = new HashSet<>();
		divided.forEach((t) -> leads.addAll(t.leadUnits()));
		Map<UnitId, String> names = this.units.namesOf(leads);
		List<WorkPoints.Line> lines = new ArrayList<>();
		for (Task task : divided) {
			Report report = latest.get(task.id());
			for (TargetYears years : task.years()) {
				Optional<YearShare> share = years.in(year);
				if (share.isEmpty()) {
					continue;
				}
				TargetYears.Yardstick yardstick = years.yardstick(task.targets().get(years.target()), plan.period(),
						task.dueDeadline(), LocalDate.of(year, 1, 1).isAfter(day) ? LocalDate.of(year, 1, 1) : day);
				boolean begun = !LocalDate.of(year, 1, 1).isAfter(today);
				BigDecimal cumulative = (report == null || !begun) ? null
						: report.content().figure(years.target()).amount();
				BigDecimal done = yardstick.counted(cumulative);
				BigDecimal expected = begun ? TargetProgress
					.of(yardstick.target(), BigDecimal.ZERO, yardstick.window(), yardstick.due(), day, this.rules)
					.expected() : BigDecimal.ZERO;
				Assessment judged = Assessment.of(List.of(yardstick.target()),
						(done == null) ? List.of() : List.of(done),
						(report == null) ? task.status() : report.content().status(), task.isClosedOut(),
						yardstick.due(), yardstick.window(), day, this.rules);
				Light light = task.isClosedOut() ? Light.COMPLETED : (done == null) ? Light.GREY : judged.light();
				lines.add(new WorkPoints.Line(task.id().value(), task.number().value(), task.text(),
						task.leadUnits().stream().map(names::get).toList(), this.targetText.of(yardstick),
						yardstick.target().measure().symbol(), share.get().amount(), share.get().carried(), done,
						expected, (done == null) ? null : judged.standing(), light));
			}
		}
		Optional<YearClosing> closed = this.closings.of(planId).stream().filter((c) -> c.year() == year).findFirst();
		boolean closable = viewer.isOffice() && today.isAfter(end) && year < plan.period().end().getYear()
				&& !divided.isEmpty();
		List<Integer> years = new ArrayList<>();
		for (int y = plan.period().start().getYear(); y <= plan.period().end().getYear(); y++) {
			years.add(y);
		}
		return new WorkPoints(this.ledger.summaryOf(plan), year, years, lines, closed.map(YearClosing::at).orElse(null),
				closed.map(YearClosing::by).orElse(null), closable);
	}

	/**
	 * 年度结转: closes a year that is over, carrying what each target divided by year left
	 * unfinished by the year's last accepted report into the next year with a share.
	 * Closing it again (after a late report was accepted) carries again from the figures
	 * as they then stand.
	 * @return how many targets carried something over
	 * @throws DomainRuleException when the year is not over or is the plan's last
	 */
	@Transactional
	@PreAuthorize("hasRole('OFFICE')")
	public int close(Viewer viewer, PlanId planId, int year) {
		Plan plan = plan(viewer, planId, year);
		if (!LocalDate.now(this.clock).isAfter(LocalDate.of(year, 12, 31))) {
			throw new DomainRuleException("years.close.notOver", year + " is not over");
		}
		if (year >= plan.period().end().getYear()) {
			throw new DomainRuleException("years.close.lastYear", year + " is the plan's last year");
		}
		List<Task> divided = this.tasks.find(TaskQuery.all(planId))
			.stream()
			.filter((t) -> t.years().stream().anyMatch((y) -> y.years().stream().anyMatch((s) -> s.year() > year)))
			.toList();
		Map<TaskId, Report> latest = this.reports.latestAccepted(divided.stream().map(Task::id).toList(),
				new Quarter(year, 4));
		int carried = 0;
		for (Task task : divided) {
			Report report = latest.get(task.id());
			for (TargetYears years : task.years()) {
				if (years.years().stream().noneMatch((s) -> s.year() > year)) {
					continue;
				}
				BigDecimal reached = (report == null) ? null : report.content().figure(years.target()).amount();
				TargetYears after = years.carriedOver(year, reached);
				task.divideByYear(after);
				Optional<YearShare> next = after.years().stream().filter((s) -> s.year() > year).findFirst();
				if (next.isPresent() && next.get().isCarriedInto()) {
					carried++;
					Target target = task.targets().get(years.target());
					this.notifications.announce(Recipient.unit(task.leadUnits().get(0)), NotificationKind.QUOTA,
							"/tasks/" + task.id().value(), "handoff.yearClosed", task.number().value(),
							ShortText.of(task.text()), plan.title(), year, target.counted(),
							NumberText.of(next.get().carried()) + target.measure().symbol(),
							NumberText.of(next.get().amount()) + target.measure().symbol(), next.get().year());
				}
			}
			this.tasks.save(task);
		}
		this.closings.record(new YearClosing(planId, year, this.clock.instant(), viewer.username()));
		this.audit.change(AuditType.YEAR_CLOSED, this.audit.names().plan(planId, plan.title()),
				this.audit.changes().note("audit.year.closed", year, carried).toString());
		return carried;
	}

	/** The year of the plan today: its first before it starts, its last after it ends. */
	public int currentYear(Viewer viewer, PlanId planId) {
		Plan plan = this.ledger.visiblePlan(viewer, planId);
		LocalDate today = LocalDate.now(this.clock);
		int year = today.isBefore(plan.period().start()) ? plan.period().start().getYear()
				: today.isAfter(plan.period().end()) ? plan.period().end().getYear() : today.getYear();
		plan(viewer, planId, year);
		return year;
	}

	private Plan plan(Viewer viewer, PlanId planId, int year) {
		Plan plan = this.ledger.visiblePlan(viewer, planId);
		if (year < plan.period().start().getYear() || year > plan.period().end().getYear()
				|| plan.period().start().getYear() == plan.period().end().getYear()) {
			throw new NotFoundException("year", year);
		}
		return plan;
	}

}
