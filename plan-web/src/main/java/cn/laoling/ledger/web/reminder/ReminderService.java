package cn.laoling.ledger.web.reminder;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.laoling.ledger.calendar.CalendarDays;
import cn.laoling.ledger.calendar.WorkingCalendar;
import cn.laoling.ledger.notification.Notification;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Notifications;
import cn.laoling.ledger.notification.Recipient;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.reminder.ReminderItem;
import cn.laoling.ledger.reminder.ReminderLog;
import cn.laoling.ledger.reminder.ReminderRules;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;

/**
 * 自动提醒: each day, every unit is told once of what is now due within the lead time on the
 * working calendar, or overdue, in the plans in force: reports of open periods not
 * submitted, and tasks not done. One notification per unit lists only its items; it is
 * e-mailed to the unit's liaisons when mail is configured; every item is recorded.
 */
@Service
public class ReminderService {

	private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

	/**
	 * How far back and ahead the day's periods are looked at: a period due further back
	 * was chased already, one due further ahead is not yet within any lead time.
	 */
	private static final int WINDOW_DAYS = 45;

	private final Plans plans;

	private final Tasks tasks;

	private final ReportingPeriods periods;

	private final Reports reports;

	private final Units units;

	private final Regions regions;

	private final CalendarDays calendar;

	private final Notifications notifications;

	private final ReminderLog sentLog;

	private final ReminderTexts texts;

	private final ReminderMail mail;

	private final TransactionTemplate transaction;

	private final ReminderRules rules;

	private final Clock clock;

	private final Counter remindersSent;

	ReminderService(Plans plans, Tasks tasks, ReportingPeriods periods, Reports reports, Units units, Regions regions,
			CalendarDays calendar, Notifications notifications, ReminderLog log, ReminderTexts texts, ReminderMail mail,
			TransactionTemplate transaction, ReminderProperties properties, Clock clock, MeterRegistry meters) {
		this.remindersSent = Counter.builder("ledger.reminders.sent")
			.description("Reminders sent: one a unit and day, listing its items, counted once committed")
			.register(meters);
		this.plans = plans;
		this.tasks = tasks;
		this.periods = periods;
		this.reports = reports;
		this.units = units;
		this.regions = regions;
		this.calendar = calendar;
		this.notifications = notifications;
		this.sentLog = log;
		this.texts = texts;
		this.mail = mail;
		this.transaction = transaction;
		this.rules = new ReminderRules(properties.leadDays());
		this.clock = clock;
	}

	/** What a run sent: items and units newly reminded, and units e-mailed. */
	public record Run(LocalDate day, int items, int units, int mailed) implements Serializable {
	}

	/** Sends the reminders due on the day that were not sent before. */
	public Run sendDue(LocalDate day) {
		WorkingCalendar workingDays = this.calendar.calendar(day.minusDays(WINDOW_DAYS),
				day.plusDays(WINDOW_DAYS * 4L));
		List<Plan> inForce = this.plans.findAllIn(this.regions.findAll().stream().map(Region::id).toList())
			.stream()
			.filter((p) -> p.status().isWorkedOn())
			.toList();
		Map<PlanId, Plan> byId = new HashMap<>();
		List<ReminderItem> due = new ArrayList<>();
		for (Plan plan : inForce) {
			byId.put(plan.id(), plan);
			due.addAll(due(plan, day, workingDays));
		}
		int items = 0;
		int reminded = 0;
		int mailed = 0;
		for (Map.Entry<UnitId, List<ReminderItem>> entry : ReminderRules.perUnit(due).entrySet()) {
			Sent sent;
			try {
				sent = this.transaction.execute((status) -> send(byId, entry.getKey(), entry.getValue(), day));
			}
			catch (RuntimeException ex) {
				// one unit's trouble (another run sent it first) does not hold up the
				// others
				log.warn("Reminders of {} to unit {} not sent: {}", day, entry.getKey(), ex.getMessage());
				continue;
			}
			if (sent != null) {
				this.remindersSent.increment();
				items += sent.items();
				reminded++;
				mailed += sent.mailed() ? 1 : 0;
			}
		}
		return new Run(day, items, reminded, mailed);
	}

	private List<ReminderItem> due(Plan plan, LocalDate day, WorkingCalendar workingDays) {
		List<Task> all = this.tasks.find(TaskQuery.all(plan.id()));
		List<ReportingPeriod> near = this.periods.forPlan(plan.id())
			.stream()
			.filter(ReportingPeriod::isOpen)
			.filter((p) -> !p.dueDate().isBefore(day.minusDays(WINDOW_DAYS))
					&& !p.dueDate().isAfter(day.plusDays(WINDOW_DAYS)))
			.toList();
		List<Report> periodReports = new ArrayList<>();
		near.forEach((p) -> periodReports.addAll(this.reports.inPeriod(p.id())));
		Map<UnitId, Unit> known = new HashMap<>();
		this.units.findAllIn(List.of(plan.regionId())).forEach((u) -> known.put(u.id(), u));
		return this.rules.due(day, workingDays, all, near, periodReports, (id) -> Optional.ofNullable(known.get(id)));
	}

	/** What one unit was sent: how many new items, and whether by e-mail too. */
	private record Sent(int items, boolean mailed) {
	}

	/**
	 * One unit's new items, of every plan, in one notification.
	 * @return what was sent, or {@code null} when nothing was new
	 */
	private Sent send(Map<PlanId, Plan> plans, UnitId unit, List<ReminderItem> items, LocalDate day) {
		Set<String> sent = this.sentLog.sent(items.stream().map(ReminderItem::key).toList());
		List<ReminderItem> fresh = items.stream().filter((i) -> !sent.contains(i.key())).toList();
		if (fresh.isEmpty()) {
			return null;
		}
		Map<TaskId, Task> byId = new HashMap<>();
		fresh.forEach((i) -> byId.computeIfAbsent(i.task(), (id) -> this.tasks.findById(id).orElseThrow()));
		Map<ReportingPeriodId, ReportingPeriod> periodsById = new HashMap<>();
		fresh.stream()
			.filter((i) -> i.period() != null)
			.forEach((i) -> periodsById.computeIfAbsent(i.period(), (id) -> this.periods.findById(id).orElseThrow()));
		ReminderTexts.Message message = this.texts.of(plans, fresh, byId, periodsById, day);
		Notification notification = this.notifications.send(new Notification(null, Recipient.unit(unit),
				NotificationKind.REMINDER, message.title(), message.body(), "/reports", this.clock.instant()));
		String mailedTo = this.mail.send(unit, message);
		this.sentLog.record(fresh, notification.id(), day, this.clock.instant(), mailedTo);
		return new Sent(fresh.size(), mailedTo != null);
	}

}
