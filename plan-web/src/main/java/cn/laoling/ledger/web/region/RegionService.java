package cn.laoling.ledger.web.region;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.region.Region;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.region.RegionTree;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormRejection;

/** 行政区划: the system administrator adds regions below their own and renames them. */
@Service
@Transactional
public class RegionService {

	private final Regions regions;

	private final Units units;

	private final AuditTrail audit;

	RegionService(Regions regions, Units units, AuditTrail audit) {
		this.regions = regions;
		this.units = units;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public List<RegionRow> list(Viewer viewer) {
		RegionTree tree = this.regions.tree();
		return this.regions.findAll()
			.stream()
			.filter((r) -> viewer.canSee(r.id()))
			.map((r) -> new RegionRow(r.id().value(), r.name(), r.parentId().map(tree::nameOf).orElse(""), r.version()))
			.toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
	public List<RegionOption> optionsFor(Viewer viewer) {
		return this.regions.findAll()
			.stream()
			.filter((r) -> viewer.canSee(r.id()))
			.map((r) -> new RegionOption(r.id().value(), r.name()))
			.toList();
	}

	/** The units an administrator may bind a liaison to, named with their region. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
	public List<RegionOption> unitOptionsFor(Viewer viewer) {
		RegionTree tree = this.regions.tree();
		return this.units.findAllIn(viewer.regions())
			.stream()
			.map((u) -> new RegionOption(u.id().value(), u.name().value() + " · " + tree.nameOf(u.regionId())))
			.sorted(Comparator.comparing(RegionOption::name))
			.toList();
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void create(Viewer viewer, RegionForm form) {
		RegionId parent = new RegionId(form.getParentId());
		FormRejection.Problems problems = new FormRejection.Problems();
		if (!viewer.canSee(parent)) {
			problems.add("parentId", "region.parent.unknown");
		}
		problems.check(() -> refuseNameTaken(form.getName().strip()));
		problems.refuseIfAny();
		Region region = this.regions.save(Region.newWithin(parent, form.getName()));
		this.audit.change(AuditType.REGION_CREATED, this.audit.names().region(region), "");
	}

	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public void rename(Viewer viewer, RegionId id, String newName, long seenVersion) {
		Region region = this.regions.findAll()
			.stream()
			.filter((r) -> r.id().equals(id) && viewer.canSee(r.id()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("region", id.value()));
		if (region.version() != seenVersion) {
			throw new StaleEditException("region", id.value(), seenVersion, region.version());
		}
		String before = region.name();
		refuseNameTaken(newName.strip());
		region.rename(newName);
		this.regions.save(region);
		this.audit.change(AuditType.REGION_RENAMED, this.audit.names().region(region),
				this.audit.changes().field("region.name", before, region.name()).toString());
	}

	private void refuseNameTaken(String name) {
		if (this.regions.findByName(name).isPresent()) {
			throw new FormRejection("name", "region.name.taken", name);
		}
	}

}
