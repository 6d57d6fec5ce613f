package cn.laoling.ledger.web.planimport;

import java.io.Serializable;
import java.util.List;

/**
 * One task row of an imported spreadsheet as it will be saved, with what it does to the
 * plan and what is wrong with it.
 *
 * @param row the row's number in the spreadsheet
 * @param changed the columns that differ from the task of the same 序号
 */
public record SheetRow(int row, String number, String section, String text, List<String> targets, String leadUnits,
		String responsibleUnits, List<String> deadlines, Change change, List<String> changed, List<String> errors,
		List<String> warnings) implements Serializable {

	public enum Change {

		NEW, CHANGED, UNCHANGED

	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

}
