package cn.laoling.ledger.region;

import java.util.Optional;

import cn.laoling.ledger.shared.Require;

/**
 * 行政区划: an administrative region such as 包头市 or 昆都仑区. Regions nest; every plan and unit
 * belongs to one, and an office sees its own region and the regions below it.
 */
public final class Region {

	private final RegionId id;

	private final RegionId parentId;

	private String name;

	private final long version;

	public Region(RegionId id, RegionId parentId, String name, long version) {
		this.id = id;
		this.parentId = parentId;
		this.name = Require.text(name, "region name", 50);
		this.version = version;
		if (id != null && id.equals(parentId)) {
			throw new IllegalArgumentException("region " + id + " cannot be its own parent");
		}
	}

	public static Region newTopLevel(String name) {
		return new Region(null, null, name, 0);
	}

	public static Region newWithin(RegionId parentId, String name) {
		return new Region(null, Require.present(parentId, "parentId"), name, 0);
	}

	public void rename(String newName) {
		this.name = Require.text(newName, "region name", 50);
	}

	public RegionId id() {
		return this.id;
	}

	public Optional<RegionId> parentId() {
		return Optional.ofNullable(this.parentId);
	}

	public String name() {
		return this.name;
	}

	public long version() {
		return this.version;
	}

}
