package cn.laoling.ledger.web.spreadsheet;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cells of a worksheet that hold something, row by row in ascending order, and its
 * merged areas.
 */
public record SheetGrid(List<Row> rows, List<Merge> merges) {

	public SheetGrid {
		rows = List.copyOf(rows);
		for (int i = 1; i < rows.size(); i++) {
			if (rows.get(i).number() <= rows.get(i - 1).number()) {
				throw new IllegalArgumentException("Rows must be in ascending order of their numbers");
			}
		}
		merges = new Merges(merges, rows);
	}

	/**
	 * The value shown at (row, column): the merged area's top-left value when the cell
	 * lies in a merged area, else the cell's own value; "" when nothing.
	 */
	public String shown(int rowNumber, int column) {
		return mergeAt(rowNumber, column).map((m) -> cell(m.firstRow(), m.firstColumn()))
			.orElseGet(() -> cell(rowNumber, column));
	}

	public Optional<Merge> mergeAt(int rowNumber, int column) {
		return ((Merges) this.merges).at(rowNumber, column);
	}

	public Optional<Row> row(int rowNumber) {
		int i = firstAtOrAfter(this.rows, rowNumber);
		return (i < this.rows.size() && this.rows.get(i).number() == rowNumber) ? Optional.of(this.rows.get(i))
				: Optional.empty();
	}

	private String cell(int rowNumber, int column) {
		return row(rowNumber).map((r) -> r.cell(column)).orElse("");
	}

	private static int firstAtOrAfter(List<Row> rows, int number) {
		int low = 0;
		int high = rows.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (rows.get(middle).number() < number) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/**
	 * A row as Excel numbers it (from 1); {@code cells} by column from 0, "" when empty.
	 */
	public record Row(int number, List<String> cells) {

		public Row {
			cells = List.copyOf(cells);
		}

		public String cell(int column) {
			return (column >= 0 && column < this.cells.size()) ? this.cells.get(column) : "";
		}

	}

	/** A merged area: rows from 1, columns from 0, both ends included. */
	public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {

		public boolean contains(int row, int column) {
			return row >= this.firstRow && row <= this.lastRow && column >= this.firstColumn
					&& column <= this.lastColumn;
		}

	}

	/**
	 * The merges, indexed by the rows with content so that shown() stays quick on a large
	 * sheet.
	 */
	private static final class Merges extends AbstractList<Merge> {

		private final List<Merge> merges;

		private final Map<Integer, List<Merge>> byRow = new HashMap<>();

		Merges(List<Merge> merges, List<Row> rows) {
			this.merges = List.copyOf(merges);
			for (Row row : rows) {
				this.byRow.put(row.number(), List.of());
			}
			for (Merge merge : this.merges) {
				for (int i = firstAtOrAfter(rows, merge.firstRow()); i < rows.size()
						&& rows.get(i).number() <= merge.lastRow(); i++) {
					List<Merge> inRow = this.byRow.get(rows.get(i).number());
					if (inRow.isEmpty()) {
						inRow = new ArrayList<>(2);
						this.byRow.put(rows.get(i).number(), inRow);
					}
					inRow.add(merge);
				}
			}
		}

		Optional<Merge> at(int rowNumber, int column) {
			List<Merge> candidates = this.byRow.getOrDefault(rowNumber, this.merges);
			return candidates.stream().filter((m) -> m.contains(rowNumber, column)).findFirst();
		}

		@Override
		public Merge get(int index) {
			return this.merges.get(index);
		}

		@Override
		public int size() {
			return this.merges.size();
		}

	}

}
