package cn.laoling.ledger.notification;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.UnitId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A notification goes to a unit, or to a region's office or leaders, never to both. */
class RecipientTest {

	@Test
	void aUnitOrARegionsOfficeOrLeadersAreEachOneRecipient() {
		assertThat(Recipient.unit(new UnitId(3)).audience()).isEqualTo(Recipient.Audience.UNIT);
		assertThat(Recipient.office(new RegionId(2))).isNotEqualTo(Recipient.leaders(new RegionId(2)));
		assertThat(Recipient.leaders(new RegionId(2))).isEqualTo(Recipient.leaders(new RegionId(2)));
	}

	@Test
	void aRecipientNamesEitherAUnitOrARegion() {
		assertThatThrownBy(() -> new Recipient(Recipient.Audience.UNIT, new UnitId(3), new RegionId(2)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Recipient(Recipient.Audience.OFFICE, new UnitId(3), new RegionId(2)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Recipient(Recipient.Audience.LEADERS, null, null))
			.isInstanceOf(NullPointerException.class)
			.hasMessageContaining("region");
	}

}
