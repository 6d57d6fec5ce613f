package cn.laoling.ledger.web.spreadsheet;

import java.util.List;
import java.util.Map;

import cn.laoling.ledger.report.Light;

/**
 * What a ledger spreadsheet shows, already in words: its title, the lines under it, and
 * the tasks grouped under their section headings.
 */
public record LedgerSheet(String title, List<String> notes, List<Block> blocks, List<Share> shares) {

	public LedgerSheet {
		notes = List.copyOf(notes);
		blocks = List.copyOf(blocks);
		shares = List.copyOf(shares);
	}

	public LedgerSheet(String title, List<String> notes, List<Block> blocks) {
		this(title, notes, blocks, List.of());
	}

	/**
	 * One unit's share of a split target (指标分解), as the sheet of shares writes it, every
	 * value already in words.
	 */
	public record Share(String task, String target, String unit, String quota, String reported, String expected,
			String standing, Light light) {
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
