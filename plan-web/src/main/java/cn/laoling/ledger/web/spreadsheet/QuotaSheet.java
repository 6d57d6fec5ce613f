package cn.laoling.ledger.web.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sheet of 单位/数量 as offices keep a split (指标分解表): the unit's name in one column and its
 * share in another. The header row is found in the first rows by its names (单位, 街镇, 名称 /
 * 数量, 指标, 任务, 目标, 分解); without one, the first column is the unit and the second the
 * share. A share may carry its measure word ({@code 2个}).
 */
public final class QuotaSheet {

	private static final int HEADER_ROWS = 10;

	private static final Pattern UNIT_HEADER = Pattern.compile(".*(单位|街镇|街道|乡镇|名称).*");

	private static final Pattern SHARE_HEADER = Pattern.compile(".*(数量|指标|任务|目标|分解|户数|个数|人数|张数).*");

	private static final Pattern MEASURED = Pattern.compile("^\\s*([0-9０-９.,，．]+)\\s*[^0-9０-９]{0,6}$");

	private QuotaSheet() {
	}

	/**
	 * A row of the sheet: the unit as written and the share as written, its measure word
	 * dropped.
	 *
	 * @param row the row's number as the spreadsheet shows it
	 */
	public record Entry(int row, String unit, String amount) {
	}

	public static List<Entry> read(SheetGrid grid) {
		int unitColumn = 0;
		int shareColumn = 1;
		int first = 0;
		for (SheetGrid.Row row : grid.rows().subList(0, Math.min(HEADER_ROWS, grid.rows().size()))) {
			int unit = column(row, UNIT_HEADER);
			int share = column(row, SHARE_HEADER);
			if (unit >= 0 && share >= 0 && unit != share) {
				unitColumn = unit;
				shareColumn = share;
				first = row.number() + 1;
				break;
			}
		}
		List<Entry> entries = new ArrayList<>();
		for (SheetGrid.Row row : grid.rows()) {
			String unit = row.cell(unitColumn).strip();
			String share = row.cell(shareColumn).strip();
			if (row.number() < first || (unit.isEmpty() && share.isEmpty()) || isTotal(unit)) {
				continue;
			}
			var measured = MEASURED.matcher(share);
			entries.add(new Entry(row.number(), unit, measured.matches() ? measured.group(1) : share));
		}
		return entries;
	}

	private static boolean isTotal(String unit) {
		String bare = unit.replaceAll("\\s", "");
		return bare.equals("合计") || bare.equals("总计") || bare.equals("小计");
	}

	private static int column(SheetGrid.Row row, Pattern header) {
		for (int i = 0; i < row.cells().size(); i++) {
			String cell = row.cell(i).replaceAll("\\s", "");
			if (!cell.isEmpty() && cell.length() <= 12 && header.matcher(cell).matches()) {
				return i;
			}
		}
		return -1;
	}

}
