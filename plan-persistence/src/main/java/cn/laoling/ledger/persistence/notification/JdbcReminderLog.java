package cn.laoling.ledger.persistence.notification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.reminder.ReminderItem;
import cn.laoling.ledger.reminder.ReminderKind;
import cn.laoling.ledger.reminder.ReminderLog;
import cn.laoling.ledger.report.ReportKind;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.unit.UnitId;

/**
 * 提醒记录 in {@code reminder_sent}: the key is the primary key, so a reminder is recorded,
 * and sent, once.
 */
@Repository
@Transactional(readOnly = true)
class JdbcReminderLog implements ReminderLog {

	private final NamedParameterJdbcTemplate jdbc;

	JdbcReminderLog(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> sent(Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.queryForList("select key from reminder_sent where key in (:keys)",
				new MapSqlParameterSource("keys", keys), String.class));
	}

	@Override
	@Transactional
	public void record(List<ReminderItem> items, long notification, LocalDate on, Instant at, String mailedTo) {
		this.jdbc.batchUpdate("""
				insert into reminder_sent (key, kind, unit_id, task_id, period_id, due, notification_id, sent_on,
				  sent_at, mailed_to)
				values (:key, :kind, :unit, :task, :period, :due, :notification, :on, :at, :mailed)""",
				items.stream()
					.map((item) -> new MapSqlParameterSource().addValue("key", item.key())
						.addValue("kind", item.kind().name() + ((item.report() == null) ? "" : ":" + item.report()))
						.addValue("unit", item.unit().value())
						.addValue("task", item.task().value())
						.addValue("period", (item.period() == null) ? null : item.period().value())
						.addValue("due", Date.valueOf(item.due()))
						.addValue("notification", notification)
						.addValue("on", Date.valueOf(on))
						.addValue("at", Timestamp.from(at))
						.addValue("mailed", mailedTo))
					.toArray(MapSqlParameterSource[]::new));
	}

	@Override
	public List<Sent> latest(Collection<RegionId> regions, int limit) {
		if (regions.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("""
				select s.* from reminder_sent s join unit u on u.id = s.unit_id
				where u.region_id in (:regions) order by s.sent_at desc, s.key limit :limit""",
				new MapSqlParameterSource("regions", regions.stream().map(RegionId::value).toList()).addValue("limit",
						limit),
				(rs, i) -> {
					String[] kind = rs.getString("kind").split(":");
					Object period = rs.getObject("period_id");
					ReminderItem item = new ReminderItem(ReminderKind.valueOf(kind[0]),
							new UnitId(rs.getLong("unit_id")), new TaskId(rs.getLong("task_id")),
							(period == null) ? null : new ReportingPeriodId(((Number) period).longValue()),
							(kind.length > 1) ? ReportKind.valueOf(kind[1]) : null, rs.getDate("due").toLocalDate());
					return new Sent(item, rs.getLong("notification_id"), rs.getDate("sent_on").toLocalDate(),
							rs.getTimestamp("sent_at").toInstant(), rs.getString("mailed_to"));
				});
	}

}
