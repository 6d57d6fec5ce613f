package cn.laoling.ledger.region;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nesting of regions, answering which regions an office of a given region may see:
 * its own and every region below it.
 */
public final class RegionTree {

	private final Map<RegionId, Region> byId = new HashMap<>();

	private final Map<RegionId, List<RegionId>> children = new HashMap<>();

	private RegionTree(Collection<Region> regions) {
		for (Region region : regions) {
			this.byId.put(region.id(), region);
		}
		for (Region region : regions) {
			region.parentId()
				.ifPresent(
						(parent) -> this.children.computeIfAbsent(parent, (p) -> new ArrayList<>()).add(region.id()));
		}
	}

	public static RegionTree of(Collection<Region> regions) {
		return new RegionTree(regions);
	}

	/**
	 * The region itself and all regions nested below it, at any depth.
	 */
	public Set<RegionId> selfAndBelow(RegionId root) {
		Set<RegionId> result = new LinkedHashSet<>();
		Deque<RegionId> pending = new ArrayDeque<>();
		pending.push(root);
		while (!pending.isEmpty()) {
			RegionId next = pending.pop();
			if (result.add(next)) {
				this.children.getOrDefault(next, List.of()).forEach(pending::push);
			}
		}
		return result;
	}

	public String nameOf(RegionId id) {
		Region region = this.byId.get(id);
		return (region != null) ? region.name() : "";
	}

}
