package cn.laoling.ledger.notification;

import java.time.Instant;

import cn.laoling.ledger.shared.Require;
import cn.laoling.ledger.unit.UnitId;

/**
 * A message to a unit in the application's notification centre, as it was sent.
 *
 * @param id {@code null} until it is sent
 * @param link the page it is about, within the application ({@code /reports})
 */
public record Notification(Long id, UnitId unit, NotificationKind kind, String title, String body, String link,
		Instant at) {

	public Notification {
		Require.present(unit, "unit");
		Require.present(kind, "kind");
		title = Require.text(title, "title", 200);
		body = Require.text(body, "body", 20000);
		link = Require.text(link, "link", 200);
		if (!link.startsWith("/")) {
			throw new IllegalArgumentException("a notification links within the application, not to " + link);
		}
		Require.present(at, "at");
	}

}
