package cn.laoling.ledger.persistence;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PersistenceTest
class UnitPersistenceTest {

	@Autowired
	Regions regions;

	@Autowired
	Units units;

	@Test
	void aUnitIsFoundByItsAliasWithinItsRegionOnly() {
		Region kunqu = Fixtures.region(this.regions);
		Region other = Fixtures.region(this.regions);
		Unit health = Fixtures.department(this.units, kunqu, "区卫健委");
		health.addAlias(new UnitName("卫健委"));
		this.units.save(health);

		assertThat(this.units.findByName(kunqu.id(), new UnitName("卫健委"))).get()
			.extracting(Unit::id)
			.isEqualTo(health.id());
		assertThat(this.units.findByName(other.id(), new UnitName("卫健委"))).isEmpty();
	}

	@Test
	void aliasesKeepTheirOrderAndARenameKeepsTheOldName() {
		Region region = Fixtures.region(this.regions);
		Unit unit = Fixtures.department(this.units, region, "区民政局");
		unit.replaceAliases(List.of(new UnitName("民政局"), new UnitName("区民政")));
		unit = this.units.save(unit);

		unit.rename(new UnitName("区民政事务局"));
		Unit saved = this.units.save(unit);

		assertThat(saved.name().value()).isEqualTo("区民政事务局");
		assertThat(saved.aliases()).extracting(UnitName::value).containsExactly("民政局", "区民政", "区民政局");
		assertThat(saved.version()).isGreaterThan(unit.version());
	}

	@Test
	void namesAreReadByIdUnderTheCurrentName() {
		Region region = Fixtures.region(this.regions);
		Unit civil = Fixtures.department(this.units, region, "区民政局");
		Unit health = Fixtures.department(this.units, region, "区卫健委");
		civil.rename(new UnitName("区民政事务局"));
		this.units.save(civil);

		assertThat(this.units.namesOf(List.of(civil.id(), health.id(), civil.id())))
			.containsExactlyInAnyOrderEntriesOf(Map.of(civil.id(), "区民政事务局", health.id(), "区卫健委"));
		assertThat(this.units.namesOf(List.of())).isEmpty();
		assertThat(this.units.namesIn(region.id()).keySet()).as("in the order of findAllIn")
			.containsExactlyElementsOf(this.units.findAllIn(List.of(region.id())).stream().map(Unit::id).toList());
	}

	@Test
	void aMemberKnowsItsGroups() {
		Region region = Fixtures.region(this.regions);
		Unit street = this.units.save(Unit.register(region.id(), new UnitName("沙河街道"), UnitKind.STREET_TOWN));
		Unit streets = this.units.save(Unit.register(region.id(), new UnitName("各街镇"), UnitKind.GROUP));
		streets.changeMembers(Set.of(street.id()));
		this.units.save(streets);

		assertThat(this.units.groupsContaining(street.id())).containsExactly(streets.id());
		assertThat(this.units.findById(streets.id())).get()
			.satisfies((g) -> assertThat(g.members()).containsExactly(street.id()));
	}

	@Test
	void aStaleEditIsRefusedAndChangesNothing() {
		Region region = Fixtures.region(this.regions);
		Unit original = Fixtures.department(this.units, region, "区司法局");
		Unit first = this.units.findById(original.id()).orElseThrow();
		Unit second = this.units.findById(original.id()).orElseThrow();
		first.addAlias(new UnitName("司法局"));
		this.units.save(first);

		second.rename(new UnitName("区司法行政局"));

		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.units.save(second));
		assertThat(this.units.findById(original.id())).get()
			.satisfies((u) -> assertThat(u.name().value()).isEqualTo("区司法局"));
	}

}
