package cn.laoling.ledger.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.Require;

/**
 * 单位: a department, street/town or group of one region, known by a canonical name and any
 * number of aliases. A group stands for its member units: a task that names the group is
 * theirs too.
 */
public final class Unit {

	private final UnitId id;

	private final RegionId regionId;

	private UnitName name;

	private UnitKind kind;

	private final List<UnitName> aliases;

	private final Set<UnitId> members;

	private final long version;

	public Unit(UnitId id, RegionId regionId, UnitName name, UnitKind kind, Collection<UnitName> aliases,
			Collection<UnitId> members, long version) {
		this.id = id;
		this.regionId = Require.present(regionId, "regionId");
		this.name = Require.present(name, "name");
		this.kind = Require.present(kind, "kind");
		this.aliases = new ArrayList<>();
		Require.present(aliases, "aliases").forEach(this::addAlias);
		this.members = new LinkedHashSet<>();
		if (!Require.present(members, "members").isEmpty()) {
			changeMembers(members);
		}
		this.version = version;
	}

	public static Unit register(RegionId regionId, UnitName name, UnitKind kind) {
		return new Unit(null, regionId, name, kind, List.of(), List.of(), 0);
	}

	/**
	 * Gives the unit a new canonical name; the old one stays known as an alias, so
	 * documents written before the rename still resolve.
	 */
	public void rename(UnitName newName) {
		Require.present(newName, "newName");
		if (newName.equals(this.name)) {
			return;
		}
		UnitName old = this.name;
		this.aliases.remove(newName);
		this.name = newName;
		addAlias(old);
	}

	public void addAlias(UnitName alias) {
		Require.present(alias, "alias");
		if (!alias.equals(this.name) && !this.aliases.contains(alias)) {
			this.aliases.add(alias);
		}
	}

	public void replaceAliases(Collection<UnitName> newAliases) {
		this.aliases.clear();
		Require.present(newAliases, "aliases").forEach(this::addAlias);
	}

	public void reclassify(UnitKind newKind) {
		Require.present(newKind, "kind");
		if (newKind != UnitKind.GROUP && !this.members.isEmpty()) {
			throw new DomainRuleException("unit.kind.groupHasMembers",
					"unit " + this.name + " still has " + this.members.size() + " members; remove them first");
		}
		this.kind = newKind;
	}

	public void changeMembers(Collection<UnitId> newMembers) {
		Require.present(newMembers, "members");
		if (this.kind != UnitKind.GROUP && !newMembers.isEmpty()) {
			throw new DomainRuleException("unit.members.notGroup",
					"unit " + this.name + " is a " + this.kind + ", only a GROUP has members");
		}
		if (this.id != null && newMembers.contains(this.id)) {
			throw new DomainRuleException("unit.members.self", "group " + this.name + " cannot contain itself");
		}
		this.members.clear();
		this.members.addAll(newMembers);
	}

	/**
	 * Takes in a unit merged into this one (合并单位): its name and aliases become aliases of
	 * this unit, so that documents naming it still resolve here, and a group takes its
	 * members. Only a unit of the same region, and a group only into a group, a
	 * department or street/town only into one of them.
	 */
	public void absorb(Unit merged) {
		String refusal = refusalToAbsorb(merged);
		if (refusal != null) {
			throw new DomainRuleException(refusal, "unit " + merged.name + " cannot be merged into " + this.name);
		}
		addAlias(merged.name);
		merged.aliases.forEach(this::addAlias);
		this.members.addAll(merged.members);
		this.members.remove(this.id);
		this.members.remove(merged.id);
	}

	/** Whether the unit may be merged into this one (see {@link #absorb}). */
	public boolean mayAbsorb(Unit merged) {
		return refusalToAbsorb(merged) == null;
	}

	private String refusalToAbsorb(Unit merged) {
		if (merged.id == null || this.id == null || merged.id.equals(this.id)) {
			return "unit.merge.self";
		}
		if (!merged.regionId.equals(this.regionId)) {
			return "unit.merge.region";
		}
		return (merged.isGroup() != isGroup()) ? "unit.merge.kind" : null;
	}

	/**
	 * A group that had the merged unit as a member has the unit it was merged into
	 * instead (never itself).
	 */
	public void replaceMember(UnitId merged, UnitId kept) {
		if (this.members.remove(merged) && !kept.equals(this.id)) {
			this.members.add(kept);
		}
	}

	/** Whether this unit is known by the given name, canonical or alias. */
	public boolean isKnownAs(UnitName candidate) {
		return this.name.equals(candidate) || this.aliases.contains(candidate);
	}

	public boolean isGroup() {
		return this.kind == UnitKind.GROUP;
	}

	public UnitId id() {
		return this.id;
	}

	public RegionId regionId() {
		return this.regionId;
	}

	public UnitName name() {
		return this.name;
	}

	public UnitKind kind() {
		return this.kind;
	}

	public List<UnitName> aliases() {
		return Collections.unmodifiableList(this.aliases);
	}

	public Set<UnitId> members() {
		return Collections.unmodifiableSet(this.members);
	}

	public long version() {
		return this.version;
	}

}
