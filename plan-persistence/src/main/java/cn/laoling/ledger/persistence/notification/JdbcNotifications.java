package cn.laoling.ledger.persistence.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.notification.Notification;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Notifications;
import cn.laoling.ledger.unit.UnitId;

/** The notification centre in {@code notification}, read marks per account. */
@Repository
@Transactional(readOnly = true)
class JdbcNotifications implements Notifications {

	private static final String COLUMNS = "n.id, n.unit_id, n.kind, n.title, n.body, n.link, n.created_at";

	private final NamedParameterJdbcTemplate jdbc;

	JdbcNotifications(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public Notification send(Notification n) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into notification (unit_id, kind, title, body, link, created_at)
				values (:unit, :kind, :title, :body, :link, :at)""",
				new MapSqlParameterSource().addValue("unit", n.unit().value())
					.addValue("kind", n.kind().name())
					.addValue("title", n.title())
					.addValue("body", n.body())
					.addValue("link", n.link())
					.addValue("at", Timestamp.from(n.at())),
				key, new String[] { "id" });
		return new Notification(key.getKey().longValue(), n.unit(), n.kind(), n.title(), n.body(), n.link(), n.at());
	}

	@Override
	public List<Line> of(Collection<UnitId> units, String username, int limit) {
		if (units.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(
				"select " + COLUMNS
						+ """
								, exists (select 1 from notification_read r where r.notification_id = n.id and r.username = :user) as read
								from notification n where n.unit_id in (:units) order by n.id desc limit :limit""",
				params(units, username).addValue("limit", limit),
				(rs, i) -> new Line(notification(rs), rs.getBoolean("read")));
	}

	@Override
	public int unread(Collection<UnitId> units, String username) {
		if (units.isEmpty()) {
			return 0;
		}
		Integer count = this.jdbc.queryForObject(
				"""
						select count(*) from notification n where n.unit_id in (:units)
						and not exists (select 1 from notification_read r where r.notification_id = n.id and r.username = :user)""",
				params(units, username), Integer.class);
		return (count != null) ? count : 0;
	}

	@Override
	@Transactional
	public Optional<Notification> read(long id, Collection<UnitId> units, String username) {
		if (units.isEmpty()) {
			return Optional.empty();
		}
		Optional<Notification> found = this.jdbc
			.query("select " + COLUMNS + " from notification n where n.id = :id and n.unit_id in (:units)",
					params(units, username).addValue("id", id), (rs, i) -> notification(rs))
			.stream()
			.findFirst();
		found.ifPresent((n) -> this.jdbc.update("""
				insert into notification_read (notification_id, username, read_at) values (:id, :user, now())
				on conflict do nothing""", params(units, username).addValue("id", id)));
		return found;
	}

	@Override
	@Transactional
	public void readAll(Collection<UnitId> units, String username) {
		if (units.isEmpty()) {
			return;
		}
		this.jdbc.update("""
				insert into notification_read (notification_id, username, read_at)
				select n.id, :user, now() from notification n where n.unit_id in (:units)
				on conflict do nothing""", params(units, username));
	}

	@Override
	@Transactional
	public void readAbout(String link, Collection<UnitId> units, String username) {
		if (units.isEmpty()) {
			return;
		}
		this.jdbc.update("""
				insert into notification_read (notification_id, username, read_at)
				select n.id, :user, now() from notification n where n.unit_id in (:units) and n.link = :link
				on conflict do nothing""", params(units, username).addValue("link", link));
	}

	private static MapSqlParameterSource params(Collection<UnitId> units, String username) {
		return new MapSqlParameterSource().addValue("units", units.stream().map(UnitId::value).toList())
			.addValue("user", username);
	}

	private static Notification notification(ResultSet rs) throws SQLException {
		return new Notification(rs.getLong("id"), new UnitId(rs.getLong("unit_id")),
				NotificationKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
				rs.getString("link"), rs.getTimestamp("created_at").toInstant());
	}

}
