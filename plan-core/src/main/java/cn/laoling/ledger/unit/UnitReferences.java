package cn.laoling.ledger.unit;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import cn.laoling.ledger.shared.Require;

/**
 * How many records of each kind refer to a unit (or, for a merge, to both units at once);
 * kinds with none are left out.
 */
public record UnitReferences(Map<Referrer, Integer> counts) {

	public static final UnitReferences NONE = new UnitReferences(Map.of());

	public UnitReferences {
		Map<Referrer, Integer> present = new EnumMap<>(Referrer.class);
		Require.present(counts, "counts").forEach((referrer, count) -> {
			if (count < 0) {
				throw new IllegalArgumentException("a count of " + referrer + " must not be negative, was " + count);
			}
			if (count > 0) {
				present.put(referrer, count);
			}
		});
		counts = Collections.unmodifiableMap(present);
	}

	/** Whether nothing refers to the unit: it may be deleted. */
	public boolean none() {
		return this.counts.isEmpty();
	}

	public int count(Referrer referrer) {
		return this.counts.getOrDefault(referrer, 0);
	}

}
