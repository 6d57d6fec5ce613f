package cn.laoling.ledger.persistence;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.laoling.ledger.notification.Notification;
import cn.laoling.ledger.notification.NotificationKind;
import cn.laoling.ledger.notification.Notifications;
import cn.laoling.ledger.notification.Recipient;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.Units;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification centre: a notification to a unit, a region's office or its leaders
 * reaches only those who read for that recipient, each marking it read for themselves.
 */
@PersistenceTest
class NotificationPersistenceTest {

	private static final Instant AT = Instant.parse("2026-05-06T02:00:00Z");

	@Autowired
	Regions regions;

	@Autowired
	Units units;

	@Autowired
	Notifications notifications;

	Region region;

	Region other;

	Unit civil;

	@BeforeEach
	void twoRegions() {
		this.region = Fixtures.region(this.regions);
		this.other = Fixtures.region(this.regions);
		this.civil = Fixtures.department(this.units, this.region, "区民政局");
	}

	@Test
	void eachNotificationReachesOnlyItsRecipient() {
		Recipient office = Recipient.office(this.region.id());
		Recipient leaders = Recipient.leaders(this.region.id());
		Recipient unit = Recipient.unit(this.civil.id());
		Notification toOffice = send(office, "报送待审核");
		send(leaders, "通报待签发");
		send(unit, "报送被退回");
		send(Recipient.office(this.other.id()), "另一区的报送");

		assertThat(this.notifications.of(List.of(office), "office", 10))
			.extracting((line) -> line.notification().title())
			.containsExactly("报送待审核");
		assertThat(this.notifications.of(List.of(leaders), "leader", 10)).extracting((l) -> l.notification().to())
			.containsExactly(leaders);
		assertThat(this.notifications.of(List.of(unit), "mzj", 10)).extracting((l) -> l.notification().title())
			.containsExactly("报送被退回");
		assertThat(this.notifications.unread(List.of(office, leaders, unit), "someone")).isEqualTo(3);
		assertThat(this.notifications.unread(List.of(), "someone")).isZero();
		assertThat(this.notifications.read(toOffice.id(), List.of(leaders, unit), "leader")).as("not theirs").isEmpty();
	}

	@Test
	void readMarksArePerAccount() {
		Recipient office = Recipient.office(this.region.id());
		Notification first = send(office, "报送待审核");
		send(office, "通报已退回");

		assertThat(this.notifications.read(first.id(), List.of(office), "office")).contains(first);

		assertThat(this.notifications.unread(List.of(office), "office")).isEqualTo(1);
		assertThat(this.notifications.unread(List.of(office), "office2")).as("a colleague has not read it")
			.isEqualTo(2);
		assertThat(this.notifications.of(List.of(office), "office", 10)).extracting(Notifications.Line::read)
			.containsExactly(false, true);
		this.notifications.readAbout("/review/1", List.of(office), "office2");
		assertThat(this.notifications.unread(List.of(office), "office2")).isEqualTo(1);
		this.notifications.readAll(List.of(office), "office2");
		assertThat(this.notifications.unread(List.of(office), "office2")).isZero();
	}

	private Notification send(Recipient to, String title) {
		return this.notifications.send(new Notification(null, to, NotificationKind.REPORT, title, title + "的内容",
				(title.equals("报送待审核")) ? "/review/1" : "/reports", AT));
	}

}
