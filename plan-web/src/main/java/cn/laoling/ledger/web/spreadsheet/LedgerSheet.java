package cn.laoling.ledger.web.spreadsheet;

import java.util.List;
import java.util.Map;

import cn.laoling.ledger.report.Light;

/**
 * What a ledger spreadsheet shows, already in words: its title, the lines under it, and
 * the tasks grouped under their section headings.
 */
public record LedgerSheet(String title, List<String> notes, List<Block> blocks) {

	public LedgerSheet {
		notes = List.copyOf(notes);
		blocks = List.copyOf(blocks);
	}

	public int taskCount() {
		return this.blocks.stream().mapToInt((b) -> b.lines().size()).sum();
	}

	/** The tasks under one heading; an empty heading has no section row. */
	public record Block(String heading, List<Line> lines) {

		public Block {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * One task's row: the text of each column (a column not given is empty) and the
	 * traffic light that colours its status cell, if any.
	 */
	public record Line(Map<LedgerColumn, String> cells, Light light) {

		public Line {
			cells = Map.copyOf(cells);
		}

		public String cell(LedgerColumn column) {
			return this.cells.getOrDefault(column, "");
		}

	}

}
