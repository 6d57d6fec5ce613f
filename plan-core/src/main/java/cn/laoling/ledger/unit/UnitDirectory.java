package cn.laoling.ledger.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the units a plan names, the way it writes them: by name or alias, and with the
 * prefix the first name of a list lends to the others ({@code 区住建局、财政局} → 区财政局).
 */
public final class UnitDirectory {

	private static final Pattern PREFIX = Pattern.compile("^(省委|区委|市委|县委|州委|省|区|市|县|州|旗|盟|镇|乡)");

	private final Map<String, Unit> byName = new HashMap<>();

	public UnitDirectory(List<Unit> units) {
		for (Unit unit : units) {
			this.byName.putIfAbsent(unit.name().value(), unit);
			unit.aliases().forEach((alias) -> this.byName.putIfAbsent(alias.value(), unit));
		}
	}

	/** The unit known by exactly this name or alias. */
	public Optional<Unit> find(String name) {
		return Optional.ofNullable(this.byName.get(name.strip()));
	}

	/**
	 * Each name of a list as written, matched to a unit where one is known: by name or
	 * alias, else with the prefix of the list's first name, else with the region's own
	 * prefix {@code 区}.
	 */
	public Map<String, Optional<Unit>> resolve(List<String> written) {
		Map<String, Optional<Unit>> resolved = new LinkedHashMap<>();
		String prefix = written.isEmpty() ? "" : prefixOf(written.get(0));
		for (String name : written) {
			Optional<Unit> unit = find(name);
			if (unit.isEmpty() && !prefix.isEmpty() && prefixOf(name).isEmpty()) {
				unit = find(prefix + name);
			}
			if (unit.isEmpty() && prefixOf(name).isEmpty()) {
				unit = find("区" + name);
			}
			resolved.put(name, unit);
		}
		return resolved;
	}

	/** The names of a list that match no unit. */
	public List<String> unknown(List<String> written) {
		List<String> unknown = new ArrayList<>();
		resolve(written).forEach((name, unit) -> {
			if (unit.isEmpty()) {
				unknown.add(name);
			}
		});
		return unknown;
	}

	private static String prefixOf(String name) {
		Matcher matcher = PREFIX.matcher(name);
		return matcher.find() ? matcher.group(1) : "";
	}

}
