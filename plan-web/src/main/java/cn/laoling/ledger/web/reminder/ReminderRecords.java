package cn.laoling.ledger.web.reminder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.reminder.ReminderKind;
import cn.laoling.ledger.reminder.ReminderLog;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.ShortText;

/** The reminders sent to the units of the office's regions, newest first. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('OFFICE')")
public class ReminderRecords {

	private static final int SHOWN = 300;

	private final ReminderLog log;

	private final Units units;

	private final Tasks tasks;

	private final Clock clock;

	ReminderRecords(ReminderLog log, Units units, Tasks tasks, Clock clock) {
		this.log = log;
		this.units = units;
		this.tasks = tasks;
		this.clock = clock;
	}

	/**
	 * One reminder as the office reads it.
	 *
	 * @param mailedTo the addresses it was e-mailed to, or {@code null}
	 */
	public record Line(LocalDateTime at, String unit, ReminderKind kind, long taskId, String task, String due,
			String mailedTo) {
	}

	public List<Line> latest(Viewer viewer) {
		List<ReminderLog.Sent> sent = this.log.latest(viewer.regions(), SHOWN);
		Map<UnitId, String> unitNames = new HashMap<>();
		this.units.findAllById(sent.stream().map((s) -> s.item().unit()).distinct().toList())
			.forEach((u) -> unitNames.put(u.id(), u.name().value()));
		Map<TaskId, String> taskNames = new HashMap<>();
		sent.stream()
			.map((s) -> s.item().task())
			.distinct()
			.forEach((id) -> taskNames.put(id,
					this.tasks.findById(id).map((t) -> t.number() + " " + ShortText.of(t.text())).orElse("")));
		return sent.stream()
			.map((s) -> new Line(LocalDateTime.ofInstant(s.at(), this.clock.getZone()),
					unitNames.getOrDefault(s.item().unit(), "?"), s.item().kind(), s.item().task().value(),
					taskNames.get(s.item().task()), s.item().due().toString(), s.mailedTo()))
			.toList();
	}

}
