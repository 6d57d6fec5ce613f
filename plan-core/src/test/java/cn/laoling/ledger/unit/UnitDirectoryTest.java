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
	void aProvinceOrCityPrefixWrittenOnceIsLentToo() {
		Unit reform = unit(5, "省发展改革委");
		Unit treasury = unit(6, "省财政厅");
		Unit cityHealth = unit(7, "市卫健委");
		Unit cityCivil = unit(8, "市民政局");
		UnitDirectory province = new UnitDirectory(List.of(reform, treasury, cityHealth, cityCivil));

		assertThat(province.resolve(List.of("省发展改革委", "财政厅"))).containsValues(Optional.of(reform),
				Optional.of(treasury));
		assertThat(province.resolve(List.of("市卫健委", "民政局")).get("民政局")).contains(cityCivil);
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
