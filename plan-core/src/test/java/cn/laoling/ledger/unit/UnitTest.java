package cn.laoling.ledger.unit;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.shared.DomainRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UnitTest {

	private final RegionId kunqu = new RegionId(2);

	@Test
	void aUnitIsKnownByItsNameAndAliases() {
		Unit unit = Unit.register(this.kunqu, new UnitName("区卫健委"), UnitKind.DEPARTMENT);
		unit.addAlias(new UnitName("卫健委"));

		assertThat(unit.isKnownAs(new UnitName("区卫健委"))).isTrue();
		assertThat(unit.isKnownAs(new UnitName("卫健委"))).isTrue();
		assertThat(unit.isKnownAs(new UnitName("区民政局"))).isFalse();
	}

	@Test
	void aRenamedUnitIsStillKnownByItsOldName() {
		Unit unit = Unit.register(this.kunqu, new UnitName("区卫健委"), UnitKind.DEPARTMENT);

		unit.rename(new UnitName("区卫生健康委员会"));

		assertThat(unit.name().value()).isEqualTo("区卫生健康委员会");
		assertThat(unit.aliases()).containsExactly(new UnitName("区卫健委"));
	}

	@Test
	void aNameDropsATrailingDengAndFullStop() {
		assertThat(new UnitName(" 税务总局等。").value()).isEqualTo("税务总局");
	}

	@Test
	void aNameIsNotBlank() {
		assertThatIllegalArgumentException().isThrownBy(() -> new UnitName("等"))
			.withMessage("unit name must not be blank");
	}

	@Test
	void onlyAGroupHasMembers() {
		Unit department = new Unit(new UnitId(3), this.kunqu, new UnitName("区民政局"), UnitKind.DEPARTMENT, List.of(),
				List.of(), 0);

		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> department.changeMembers(Set.of(new UnitId(4))))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("unit.members.notGroup"));
	}

	@Test
	void aGroupStandsForItsMembers() {
		Unit streets = new Unit(new UnitId(9), this.kunqu, new UnitName("各街镇"), UnitKind.GROUP, List.of(), List.of(),
				0);

		streets.changeMembers(Set.of(new UnitId(20), new UnitId(21)));

		assertThat(streets.members()).containsExactlyInAnyOrder(new UnitId(20), new UnitId(21));
	}

	@Test
	void aGroupCannotContainItself() {
		Unit streets = new Unit(new UnitId(9), this.kunqu, new UnitName("各街镇"), UnitKind.GROUP, List.of(), List.of(),
				0);

		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> streets.changeMembers(Set.of(new UnitId(9))));
	}

	@Test
	void aGroupWithMembersCannotBecomeADepartment() {
		Unit streets = new Unit(new UnitId(9), this.kunqu, new UnitName("各街镇"), UnitKind.GROUP, List.of(),
				List.of(new UnitId(20)), 0);

		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> streets.reclassify(UnitKind.DEPARTMENT))
			.withMessageContaining("still has 1 members");
	}

	@Test
	void aMergedUnitsNameAndAliasesBecomeAliasesOfTheKeptUnit() {
		Unit kept = new Unit(new UnitId(10), this.kunqu, new UnitName("区卫健委"), UnitKind.DEPARTMENT,
				List.of(new UnitName("卫健委")), List.of(), 3);
		Unit junk = new Unit(new UnitId(30), this.kunqu, new UnitName("区卫健局"), UnitKind.DEPARTMENT,
				List.of(new UnitName("卫健局"), new UnitName("卫健委")), List.of(), 0);

		kept.absorb(junk);

		assertThat(kept.aliases()).extracting(UnitName::value).containsExactly("卫健委", "区卫健局", "卫健局");
		assertThat(kept.isKnownAs(new UnitName("区卫健局"))).isTrue();
	}

	@Test
	void aGroupMergedIntoAnotherGivesItItsMembersButNeverItself() {
		Unit kept = new Unit(new UnitId(9), this.kunqu, new UnitName("各街镇"), UnitKind.GROUP, List.of(),
				List.of(new UnitId(20), new UnitId(31)), 0);
		Unit merged = new Unit(new UnitId(31), this.kunqu, new UnitName("各街道"), UnitKind.GROUP, List.of(),
				List.of(new UnitId(20), new UnitId(21), new UnitId(9)), 0);

		kept.absorb(merged);

		assertThat(kept.members()).containsExactlyInAnyOrder(new UnitId(20), new UnitId(21));
	}

	@Test
	void onlyAUnitOfTheSameRegionAndLikeKindIsMerged() {
		Unit kept = new Unit(new UnitId(10), this.kunqu, new UnitName("区卫健委"), UnitKind.DEPARTMENT, List.of(),
				List.of(), 0);
		Unit street = new Unit(new UnitId(20), this.kunqu, new UnitName("沙河街道"), UnitKind.STREET_TOWN, List.of(),
				List.of(), 0);
		Unit group = new Unit(new UnitId(9), this.kunqu, new UnitName("各街镇"), UnitKind.GROUP, List.of(), List.of(), 0);
		Unit elsewhere = new Unit(new UnitId(40), new RegionId(3), new UnitName("区卫健局"), UnitKind.DEPARTMENT, List.of(),
				List.of(), 0);

		assertThat(kept.mayAbsorb(street)).as("a street office into a department").isTrue();
		assertThat(kept.mayAbsorb(group)).isFalse();
		assertThat(group.mayAbsorb(kept)).isFalse();
		assertThat(kept.mayAbsorb(kept)).isFalse();
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> kept.absorb(elsewhere))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("unit.merge.region"));
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> kept.absorb(group))
			.satisfies((e) -> assertThat(e.code()).isEqualTo("unit.merge.kind"));
		assertThat(kept.aliases()).isEmpty();
	}

	@Test
	void aGroupHasTheKeptUnitInsteadOfTheMergedOne() {
		Unit streets = new Unit(new UnitId(9), this.kunqu, new UnitName("各街镇"), UnitKind.GROUP, List.of(),
				List.of(new UnitId(20), new UnitId(30)), 0);

		streets.replaceMember(new UnitId(30), new UnitId(21));
		streets.replaceMember(new UnitId(44), new UnitId(22));

		assertThat(streets.members()).containsExactlyInAnyOrder(new UnitId(20), new UnitId(21));
	}

}
