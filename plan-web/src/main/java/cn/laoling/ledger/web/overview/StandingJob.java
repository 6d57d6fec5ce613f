package cn.laoling.ledger.web.overview;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.web.support.ClockProperties;

/**
 * Judges the plans in force again just after midnight, when 序时 has moved, so that the
 * first leader of the day does not wait for it.
 */
@Component
class StandingJob {

	private static final Logger log = LoggerFactory.getLogger(StandingJob.class);

	private final StandingService standings;

	private final Clock clock;

	StandingJob(StandingService standings, Clock clock) {
		this.standings = standings;
		this.clock = clock;
	}

	// the settings of StandingProperties and ClockProperties, read where Spring schedules
	// the job
	@Scheduled(cron = "${ledger.standings.cron:" + StandingProperties.DEFAULT_CRON + "}",
			zone = "${ledger.time-zone:" + ClockProperties.DEFAULT_TIME_ZONE + "}")
	@SchedulerLock(name = "daily-standings", lockAtLeastFor = "PT1M")
	void judgeTheDay() {
		long start = System.nanoTime();
		int plans = this.standings.refreshInForce(LocalDate.now(this.clock));
		log.info("Standings judged again: {} plans in {} ms", plans, (System.nanoTime() - start) / 1_000_000);
	}

}
