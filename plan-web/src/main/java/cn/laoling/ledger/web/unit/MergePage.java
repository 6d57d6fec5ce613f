package cn.laoling.ledger.web.unit;

import java.util.List;

import cn.laoling.ledger.unit.UnitKind;

/**
 * 合并单位: the unit to merge, the units it may be merged into and, once one is chosen, what
 * the merge would do, in words.
 *
 * @param preview {@code null} until the unit to keep is chosen
 */
public record MergePage(long id, String name, UnitKind kind, long version, List<Choice> choices, Preview preview) {

	public record Choice(long id, String name, UnitKind kind) {
	}

	/**
	 * @param moving what would move to the kept unit, one phrase per kind
	 * @param shared how records both units have are merged
	 * @param aliases the merged unit's names, aliases of the kept unit afterwards
	 * @param liaisons where each liaison of the merged unit would be bound
	 * @param reports the reports on one task and period both units have, and which goes
	 * on
	 * @param refusal why the merge cannot be done now, or {@code null}
	 */
	public record Preview(long id, String name, long version, List<String> moving, List<String> shared,
			List<String> aliases, List<String> liaisons, List<String> reports, String refusal) {

	}

}
