package cn.laoling.ledger.persistence.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.notification.Notification;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Notifications;
import cn.laoling.ledger.notification.Recipient;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.UnitId;

/**
 * The notification centre in {@code notification}, addressed to a unit or to a region's
 * office or leaders; read marks per account in {@code notification_read}.
 */
@Repository
@Transactional(readOnly = true)
class JdbcNotifications implements Notifications {

	private static final String COLUMNS = "n.id, n.audience, n.unit_id, n.region_id, n.kind, n.title, n.body, n.link, n.created_at";

	private static final String UNREAD = "not exists (select 1 from notification_read r where r.notification_id = n.id and r.username = :user)";

	private static final String MARK_READ = """
			insert into notification_read (notification_id, username, read_at)
			select n.id, :user, now() from notification n where\s""";

	private final NamedParameterJdbcTemplate jdbc;

	JdbcNotifications(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public Notification send(Notification n) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		Recipient to = n.to();
		this.jdbc.update("""
				insert into notification (audience, unit_id, region_id, kind, title, body, link, created_at)
				values (:audience, :unit, :region, :kind, :title, :body, :link, :at)""",
				new MapSqlParameterSource().addValue("audience", to.audience().name())
					.addValue("unit", (to.unit() == null) ? null : to.unit().value())
					.addValue("region", (to.region() == null) ? null : to.region().value())
					.addValue("kind", n.kind().name())
					.addValue("title", n.title())
					.addValue("body", n.body())
					.addValue("link", n.link())
					.addValue("at", Timestamp.from(n.at())),
				key, new String[] { "id" });
		return new Notification(key.getKey().longValue(), to, n.kind(), n.title(), n.body(), n.link(), n.at());
	}

	@Override
	public List<Line> of(Collection<Recipient> recipients, String username, int limit) {
		Addressed to = Addressed.to(recipients, username);
		if (to.isNobody()) {
			return List.of();
		}
		return this.jdbc.query(
				"select " + COLUMNS + ", not " + UNREAD + " as read from notification n where " + to.condition()
						+ " order by n.id desc limit :limit",
				to.params().addValue("limit", limit), (rs, i) -> new Line(notification(rs), rs.getBoolean("read")));
	}

	/** Without a transaction of its own: read for the navigation of every page. */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public int unread(Collection<Recipient> recipients, String username) {
		Addressed to = Addressed.to(recipients, username);
		if (to.isNobody()) {
			return 0;
		}
		Integer count = this.jdbc.queryForObject(
				"select count(*) from notification n where " + to.condition() + " and " + UNREAD, to.params(),
				Integer.class);
		return (count != null) ? count : 0;
	}

	@Override
	@Transactional
	public Optional<Notification> read(long id, Collection<Recipient> recipients, String username) {
		Addressed to = Addressed.to(recipients, username);
		if (to.isNobody()) {
			return Optional.empty();
		}
		Optional<Notification> found = this.jdbc
			.query("select " + COLUMNS + " from notification n where n.id = :id and " + to.condition(),
					to.params().addValue("id", id), (rs, i) -> notification(rs))
			.stream()
			.findFirst();
		found.ifPresent((n) -> this.jdbc.update("""
				insert into notification_read (notification_id, username, read_at) values (:id, :user, now())
				on conflict do nothing""", to.params().addValue("id", id)));
		return found;
	}

	@Override
	@Transactional
	public void readAll(Collection<Recipient> recipients, String username) {
		Addressed to = Addressed.to(recipients, username);
		if (to.isNobody()) {
			return;
		}
		this.jdbc.update(MARK_READ + to.condition() + " on conflict do nothing", to.params());
	}

	@Override
	@Transactional
	public void readAbout(String link, Collection<Recipient> recipients, String username) {
		Addressed to = Addressed.to(recipients, username);
		if (to.isNobody()) {
			return;
		}
		this.jdbc.update(MARK_READ + "n.link = :link and " + to.condition() + " on conflict do nothing",
				to.params().addValue("link", link));
	}

	/**
	 * The condition that a notification went to one of the recipients, with its
	 * parameters.
	 */
	private record Addressed(String condition, List<Long> units, List<Long> offices, List<Long> leaders,
			String username) {

		static Addressed to(Collection<Recipient> recipients, String username) {
			List<Long> units = new ArrayList<>();
			List<Long> offices = new ArrayList<>();
			List<Long> leaders = new ArrayList<>();
			for (Recipient r : recipients) {
				switch (r.audience()) {
					case UNIT -> units.add(r.unit().value());
					case OFFICE -> offices.add(r.region().value());
					case LEADERS -> leaders.add(r.region().value());
				}
			}
			List<String> any = new ArrayList<>();
			if (!units.isEmpty()) {
				any.add("(n.audience = 'UNIT' and n.unit_id in (:units))");
			}
			if (!offices.isEmpty()) {
				any.add("(n.audience = 'OFFICE' and n.region_id in (:offices))");
			}
			if (!leaders.isEmpty()) {
				any.add("(n.audience = 'LEADERS' and n.region_id in (:leaders))");
			}
			return new Addressed(any.isEmpty() ? null : "(" + String.join(" or ", any) + ")", units, offices, leaders,
					username);
		}

		boolean isNobody() {
			return this.condition == null;
		}

		MapSqlParameterSource params() {
			return new MapSqlParameterSource().addValue("units", this.units)
				.addValue("offices", this.offices)
				.addValue("leaders", this.leaders)
				.addValue("user", this.username);
		}

	}

	private static Notification notification(ResultSet rs) throws SQLException {
		Recipient.Audience audience = Recipient.Audience.valueOf(rs.getString("audience"));
		Recipient to = (audience == Recipient.Audience.UNIT) ? Recipient.unit(new UnitId(rs.getLong("unit_id")))
				: new Recipient(audience, null, new RegionId(rs.getLong("region_id")));
		return new Notification(rs.getLong("id"), to, NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("body"), rs.getString("link"),
				rs.getTimestamp("created_at").toInstant());
	}

}
