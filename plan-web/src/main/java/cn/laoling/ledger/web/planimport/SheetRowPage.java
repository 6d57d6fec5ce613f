package cn.laoling.ledger.web.planimport;

import java.util.List;
import java.util.function.Predicate;

/**
 * One page of a spreadsheet preview's rows: a ledger of thousands of rows is shown a few
 * hundred at a time, all of them or only those with something to look at.
 *
 * @param show {@code all}, {@code problems} (errors or warnings) or {@code changes} (rows
 * that add or revise a task)
 * @param matching how many rows the choice shows over all pages
 */
record SheetRowPage(List<SheetRow> rows, String show, int page, int pages, int matching) {

	static final int SIZE = 200;

	static SheetRowPage of(List<SheetRow> all, String show, int page) {
		String chosen = ("problems".equals(show) || "changes".equals(show)) ? show : "all";
		Predicate<SheetRow> wanted = switch (chosen) {
			case "problems" -> (r) -> r.hasErrors() || !r.warnings().isEmpty();
			case "changes" -> (r) -> r.change() != SheetRow.Change.UNCHANGED;
			default -> (r) -> true;
		};
		List<SheetRow> matching = all.stream().filter(wanted).toList();
		int pages = Math.max(1, (matching.size() + SIZE - 1) / SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		int from = (current - 1) * SIZE;
		return new SheetRowPage(matching.subList(from, Math.min(from + SIZE, matching.size())), chosen, current, pages,
				matching.size());
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

}
