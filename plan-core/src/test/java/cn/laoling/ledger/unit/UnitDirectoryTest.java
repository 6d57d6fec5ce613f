package cn.laoling.ledger.unit;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.region.RegionId;

import static org.assertj.core.api.Assertions.assertThat;

class UnitDirectoryTest {

	private static final RegionId REGION = new RegionId(1);

	private final Unit housing = unit(1, "区住建局");

	private final Unit finance = unit(2, "区财政局");

	private final Unit health = unit(3, "区卫健委", "卫健局");

	private final Unit streets = unit(4, "各街镇");

	private final UnitDirectory directory = new UnitDirectory(
			List.of(this.housing, this.finance, this.health, this.streets));

	@Test
	void findsUnitsByNameAndAlias() {
		assertThat(this.directory.resolve(List.of("区卫健委", "卫健局", "各街镇"))).containsValues(Optional.of(this.health),
				Optional.of(this.health), Optional.of(this.streets));
	}

	@Test
	void lendsTheFirstNamesPrefixToTheOthersOfItsList() {
		assertThat(this.directory.resolve(List.of("区住建局", "财政局")).get("财政局")).contains(this.finance);
	}

	@Test
	void listsTheNamesThatMatchNothing() {
		assertThat(this.directory.unknown(List.of("区住建局", "应急局", "区委老干部局"))).containsExactly("应急局", "区委老干部局");
	}

	private static Unit unit(long id, String name, String... aliases) {
		return new Unit(new UnitId(id), REGION, new UnitName(name), UnitKind.DEPARTMENT,
				List.of(aliases).stream().map(UnitName::new).toList(), List.of(), 0);
	}

}
