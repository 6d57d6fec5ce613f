package cn.laoling.ledger.notification;

import java.time.Instant;

import cn.laoling.ledger.shared.Require;

/**
 * A message in the application's notification centre, as it was sent.
 *
 * @param id {@code null} until it is sent
 * @param to a unit, or a region's office or leaders
 * @param link the page where the receiver acts on it, within the application
 * ({@code /reports})
 */
public record Notification(Long id, Recipient to, NotificationKind kind, String title, String body, String link,
		Instant at) {

	public Notification {
		Require.present(to, "to");
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
