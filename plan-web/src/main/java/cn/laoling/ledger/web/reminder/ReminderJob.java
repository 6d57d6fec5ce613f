package cn.laoling.ledger.web.reminder;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.web.support.ClockProperties;

/**
 * Sends the day's reminders every morning. However many instances run it, one sends (the
 * lock), and a second run the same day sends nothing new (each reminder is recorded
 * once).
 */
@Component
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final ReminderService reminders;

	private final Clock clock;

	ReminderJob(ReminderService reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	// the settings of ReminderProperties and ClockProperties, read where Spring schedules
	// the job
	@Scheduled(cron = "${ledger.reminders.cron:" + ReminderProperties.DEFAULT_CRON + "}",
			zone = "${ledger.time-zone:" + ClockProperties.DEFAULT_TIME_ZONE + "}")
	@SchedulerLock(name = "daily-reminders", lockAtLeastFor = "PT1M")
	void sendTheDaysReminders() {
		ReminderService.Run run = this.reminders.sendDue(LocalDate.now(this.clock));
		log.info("Reminders of {}: {} items to {} units, {} e-mailed", run.day(), run.items(), run.units(),
				run.mailed());
	}

}
