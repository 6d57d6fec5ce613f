package cn.laoling.ledger.web.planimport;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A preview of thousands of rows, a page at a time, all rows or only those that need a
 * look.
 */
class SheetRowPageTest {

	private final List<SheetRow> rows = IntStream.rangeClosed(1, 450).mapToObj(SheetRowPageTest::row).toList();

	@Test
	void allRowsComeTwoHundredToAPage() {
		SheetRowPage third = SheetRowPage.of(this.rows, "all", 3);

		assertThat(third.pages()).isEqualTo(3);
		assertThat(third.rows()).hasSize(50).first().extracting(SheetRow::row).isEqualTo(401);
		assertThat(third.hasNext()).isFalse();
		assertThat(third.hasPrevious()).isTrue();
	}

	@Test
	void problemsAndChangesShowOnlyTheRowsThatNeedALook() {
		SheetRowPage problems = SheetRowPage.of(this.rows, "problems", 1);
		SheetRowPage changes = SheetRowPage.of(this.rows, "changes", 1);

		assertThat(problems.rows()).extracting(SheetRow::row).containsExactly(100, 200, 300, 400);
		assertThat(changes.matching()).isEqualTo(45);
	}

	@Test
	void aPageOutOfRangeOrAnUnknownChoiceFallsBackToWhatExists() {
		SheetRowPage page = SheetRowPage.of(this.rows, "<script>", 99);

		assertThat(page.show()).isEqualTo("all");
		assertThat(page.page()).isEqualTo(3);
		assertThat(SheetRowPage.of(List.of(), "all", 1).pages()).isEqualTo(1);
	}

	/** Every hundredth row has an error, every tenth is new. */
	private static SheetRow row(int n) {
		return new SheetRow(n, String.valueOf(n), "", "任务" + n, List.of(), "区民政局", "", List.of(),
				(n % 10 == 0) ? SheetRow.Change.NEW : SheetRow.Change.UNCHANGED, List.of(),
				(n % 100 == 0) ? List.of("缺少牵头单位。") : List.of(), List.of());
	}

}
