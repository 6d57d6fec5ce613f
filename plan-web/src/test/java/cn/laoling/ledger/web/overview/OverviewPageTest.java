package cn.laoling.ledger.web.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.overview.Overview;
import cn.laoling.ledger.unit.UnitId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the overview's page shows of long lists: their first items, the ends of the
 * ranking.
 */
class OverviewPageTest {

	@Test
	void aLongRankingShowsItsFirstAndLastUnitsWithTheirPlaces() {
		assertThat(page(40).ranked(15)).extracting(OverviewPage.Ranked::place)
			.containsExactlyElementsOf(
					IntStream.concat(IntStream.range(0, 15), IntStream.range(25, 40)).boxed().toList());
		assertThat(page(40).ranked(15).get(15).line().unit()).isEqualTo(new UnitId(26));
	}

	@Test
	void aRankingOfAtMostTwiceTheShownIsShownWhole() {
		assertThat(page(30).ranked(15)).hasSize(30);
		assertThat(page(3).ranked(15)).extracting(OverviewPage.Ranked::place).containsExactly(0, 1, 2);
		assertThat(page(0).ranked(15)).isEmpty();
	}

	@Test
	void onlyTheFirstItemsOfALongListAreTaken() {
		assertThat(page(0).first(List.of(1, 2, 3, 4), 2)).containsExactly(1, 2);
		assertThat(page(0).first(List.of(1), 2)).containsExactly(1);
	}

	private static OverviewPage page(int units) {
		List<Overview.UnitLine> lines = IntStream.rangeClosed(1, units)
			.mapToObj((i) -> new Overview.UnitLine(new UnitId(i), 1, 0, 0, 0, 0, List.of()))
			.toList();
		Overview overview = new Overview(LocalDate.of(2026, 6, 30), null, Map.of(), List.of(), lines, Map.of(),
				List.of(), List.of(), null);
		return new OverviewPage(null, null, List.of(), List.of(), List.of(), overview, List.of(), Map.of(), List.of(),
				0);
	}

}
