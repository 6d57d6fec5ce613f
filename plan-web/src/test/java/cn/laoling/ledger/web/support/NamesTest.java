package cn.laoling.ledger.web.support;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

	private final Set<String> registry = Set.of("区卫健委", "各镇、街道", "各县、市、区政府", "区民政局");

	private Optional<String> lookup(String name) {
		return this.registry.contains(name) ? Optional.of(name) : Optional.empty();
	}

	@Test
	void unitsAreSeparatedByTheUsualMarks() {
		Names.Resolved<String> resolved = Names.resolve("区卫健委、区民政局， 区卫健委", this::lookup);

		assertThat(resolved.found()).containsExactly("区卫健委", "区民政局", "区卫健委");
		assertThat(resolved.unknown()).isEmpty();
	}

	@Test
	void aCollectiveNameHoldingACommaStaysWhole() {
		Names.Resolved<String> resolved = Names.resolve("区民政局、各县、市、区政府、各镇、街道", this::lookup);

		assertThat(resolved.found()).containsExactly("区民政局", "各县、市、区政府", "各镇、街道");
	}

	@Test
	void namesThatMatchNothingAreReported() {
		Names.Resolved<String> resolved = Names.resolve("区养老局、区卫健委", this::lookup);

		assertThat(resolved.found()).containsExactly("区卫健委");
		assertThat(resolved.unknown()).containsExactly("区养老局");
	}

	@Test
	void aliasesAreTypedOneALine() {
		assertThat(Names.lines("各镇、街道\n各镇(街道)\n\n")).containsExactly("各镇、街道", "各镇(街道)");
	}

}
