package cn.laoling.ledger.web.planimport;

import java.util.List;
import java.util.Map;

/**
 * A ledger spreadsheet read and checked, waiting on the preview page for the office to
 * confirm.
 *
 * @param planId the plan it goes into, or {@code null} for a new plan
 * @param versions the version of each matched task, by 序号, as the preview showed it
 * @param notInFile 序号 of the plan's tasks the spreadsheet does not list (left as they
 * are)
 */
record SheetDraft(String id, String fileName, Long planId, String planTitle, ImportForm form, List<SheetRow> rows,
		Map<String, Long> versions, List<String> notInFile) implements ImportDrafts.Draft {

	public boolean hasErrors() {
		return this.rows.stream().anyMatch(SheetRow::hasErrors);
	}

	public long getAdded() {
		return count(SheetRow.Change.NEW);
	}

	public long getRevised() {
		return count(SheetRow.Change.CHANGED);
	}

	public long getUnchanged() {
		return count(SheetRow.Change.UNCHANGED);
	}

	private long count(SheetRow.Change change) {
		return this.rows.stream().filter((r) -> r.change() == change).count();
	}

}
