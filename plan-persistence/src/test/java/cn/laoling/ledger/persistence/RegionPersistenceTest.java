package cn.laoling.ledger.persistence;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The region tree every request reads is kept, and follows every change to the regions.
 */
@PersistenceTest
class RegionPersistenceTest {

	@Autowired
	Regions regions;

	@Test
	void theTreeFollowsARegionAddedAndRenamed() {
		Region city = this.regions.save(Region.newTopLevel(Fixtures.unique("市")));
		assertThat(this.regions.tree().selfAndBelow(city.id())).containsExactly(city.id());

		Region district = this.regions.save(Region.newWithin(city.id(), Fixtures.unique("区")));
		assertThat(this.regions.tree().selfAndBelow(city.id())).containsExactlyInAnyOrder(city.id(), district.id());

		String renamed = Fixtures.unique("新区");
		district.rename(renamed);
		this.regions.save(district);
		assertThat(this.regions.tree().nameOf(district.id())).isEqualTo(renamed);
	}

}
