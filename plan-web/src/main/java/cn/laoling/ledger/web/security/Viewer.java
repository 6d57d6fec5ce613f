package cn.laoling.ledger.web.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.plan.PlanStatus;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.UnitId;

/**
 * Who is looking, and so what they may see: the regions of their office (their own and
 * those below it) and, for a liaison, only the tasks of their unit together with the
 * groups that contain it.
 */
public record Viewer(String username, String displayName, Role role, RegionId homeRegion, Set<RegionId> regions,
		Optional<UnitId> unit, Set<UnitId> ownUnits) {

	public Viewer {
		regions = Set.copyOf(regions);
		ownUnits = Set.copyOf(ownUnits);
	}

	/**
	 * What decides which plans and tasks the viewer sees, written out: the same for
	 * everyone who sees the same, so that a page rendered for one can be shown to the
	 * others. It names no one.
	 */
	public String sight() {
		return this.homeRegion.value() + "|" + new TreeSet<>(this.regions.stream().map(RegionId::value).toList()) + "|"
				+ (isLiaison() ? new TreeSet<>(this.ownUnits.stream().map(UnitId::value).toList()) : "");
	}

	public boolean canSee(RegionId region) {
		return this.regions.contains(region);
	}

	/**
	 * A plan is seen in the viewer's regions once it is issued; a draft only by the
	 * office of its own region, which keeps it.
	 */
	public boolean maySee(RegionId region, PlanStatus status) {
		return canSee(region) && (status.isIssued() || (isOffice() && region.equals(this.homeRegion)));
	}

	public boolean isOffice() {
		return this.role == Role.OFFICE;
	}

	public boolean isLiaison() {
		return this.role == Role.LIAISON;
	}

	/**
	 * A liaison opens only their unit's tasks; the office and leaders open every task.
	 */
	public boolean mayOpen(Task task) {
		return !isLiaison() || owns(task);
	}

	/**
	 * Whether the task is this liaison's work: their unit, or a group containing it, is
	 * named.
	 */
	public boolean owns(Task task) {
		return !this.ownUnits.isEmpty() && task.involves(this.ownUnits);
	}

}
