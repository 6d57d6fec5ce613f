package cn.laoling.ledger.web.overview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.laoling.ledger.overview.Overview;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.web.report.ShareTable;

/**
 * The overview with what it was narrowed to and the choices to narrow it.
 *
 * @param plan the one plan shown, or {@code null} for every plan in force
 * @param plans the plans in view, each with its lights, for the per-plan chart
 * @param unitNames the names of the units the overview names
 * @param shares for the one plan shown, its first split tasks (指标分解), each unit on its
 * own share
 * @param splitTasks how many of the plan's tasks shown are split
 */
public record OverviewPage(OverviewFilter filter, Option plan, List<Option> planOptions, List<Integer> years,
		List<Option> unitOptions, Overview overview, List<PlanLights> plans, Map<UnitId, String> unitNames,
		List<TaskShares> shares, int splitTasks) {

	/** A task's split targets as the overview shows them. */
	public record TaskShares(long taskId, String number, List<ShareTable> tables) {
	}

	public record Option(long id, String name) {
	}

	/** One plan's tasks by light, each count linking to its ledger so filtered. */
	public record PlanLights(long id, String title, Map<Light, Integer> lights) {

		public int count(Light light) {
			return this.lights.getOrDefault(light, 0);
		}

		/** The counts by light, in the order of {@link Light}, for the chart. */
		public String values() {
			return Arrays.stream(Light.values()).map((l) -> String.valueOf(count(l))).collect(Collectors.joining(","));
		}

		/** The ledger of the plan filtered by each light, in the same order. */
		public String urls(Long unit) {
			return Arrays.stream(Light.values())
				.map((l) -> "/plans/" + this.id + "?light=" + l + ((unit == null) ? "" : "&unit=" + unit))
				.collect(Collectors.joining(" "));
		}

	}

	/**
	 * The first items of a long list, for a page that shows only those: iterating all of
	 * them (tens of thousands in a province) to skip the rest cost time and left blank
	 * lines.
	 */
	public <T> List<T> first(List<T> items, int shown) {
		return items.subList(0, Math.min(shown, items.size()));
	}

	/**
	 * The lead units shown in the ranking: all when there are at most twice as many as
	 * shown, else the first and the last of them, each with its place.
	 */
	public List<Ranked> ranked(int shown) {
		List<Overview.UnitLine> lines = this.overview.leadUnits();
		boolean all = lines.size() <= 2 * shown;
		List<Ranked> ranked = new ArrayList<>();
		for (int place = 0; place < (all ? lines.size() : shown); place++) {
			ranked.add(new Ranked(place, lines.get(place)));
		}
		for (int place = all ? lines.size() : lines.size() - shown; place < lines.size(); place++) {
			ranked.add(new Ranked(place, lines.get(place)));
		}
		return ranked;
	}

	/** A lead unit's line with its place in the ranking, from 0. */
	public record Ranked(int place, Overview.UnitLine line) {
	}

	public String unitName(UnitId unit) {
		return this.unitNames.getOrDefault(unit, "?");
	}

}
