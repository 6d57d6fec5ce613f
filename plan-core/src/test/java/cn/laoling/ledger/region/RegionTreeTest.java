package cn.laoling.ledger.region;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionTreeTest {

	private final RegionId baotou = new RegionId(1);

	private final RegionId kunqu = new RegionId(2);

	private final RegionId street = new RegionId(3);

	private final RegionId liangzhou = new RegionId(4);

	private final RegionTree tree = RegionTree
		.of(List.of(new Region(this.baotou, null, "包头市", 0), new Region(this.kunqu, this.baotou, "昆都仑区", 0),
				new Region(this.street, this.kunqu, "沙河街道", 0), new Region(this.liangzhou, null, "凉州区", 0)));

	@Test
	void aCitySeesItsDistrictsAndTheirStreets() {
		assertThat(this.tree.selfAndBelow(this.baotou)).containsExactlyInAnyOrder(this.baotou, this.kunqu, this.street);
	}

	@Test
	void aDistrictDoesNotSeeItsCityOrAnotherDistrict() {
		assertThat(this.tree.selfAndBelow(this.kunqu)).containsExactlyInAnyOrder(this.kunqu, this.street);
		assertThat(this.tree.selfAndBelow(this.liangzhou)).containsExactly(this.liangzhou);
	}

}
