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

}
