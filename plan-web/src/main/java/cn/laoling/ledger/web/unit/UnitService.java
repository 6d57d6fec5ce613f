package cn.laoling.ledger.web.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.region.RegionTree;
import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.UnitRecords;
import cn.laoling.ledger.unit.UnitReferences;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormRejection;
import cn.laoling.ledger.web.support.Names;

/** The office keeps the unit registry of its region: names, aliases, group members. */
@Service
@Transactional
@PreAuthorize("hasRole('OFFICE')")
public class UnitService {

	private final Units units;

	private final Regions regions;

	private final UnitRecords records;

	private final AuditTrail audit;

	UnitService(Units units, Regions regions, UnitRecords records, AuditTrail audit) {
		this.units = units;
		this.regions = regions;
		this.records = records;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<UnitRow> registry(Viewer viewer) {
		List<Unit> all = this.units.findAllIn(viewer.regions());
		Map<UnitId, String> names = all.stream().collect(Collectors.toMap(Unit::id, (u) -> u.name().value()));
		RegionTree tree = this.regions.tree();
		return all.stream().map((u) -> row(u, all, names::get, tree)).toList();
	}

	@Transactional(readOnly = true)
	public UnitForm formOf(Viewer viewer, UnitId id) {
		Unit unit = visibleUnit(viewer, id);
		Map<UnitId, String> names = this.units.findAllById(unit.members())
			.stream()
			.collect(Collectors.toMap(Unit::id, (u) -> u.name().value()));
		UnitForm form = new UnitForm();
		form.setName(unit.name().value());
		form.setKind(unit.kind());
		form.setAliases(Names.joinLines(unit.aliases().stream().map(UnitName::value).toList()));
		form.setMembers(Names.joinLines(unit.members().stream().map(names::get).sorted().toList()));
		form.setVersion(unit.version());
		return form;
	}

	public UnitId register(Viewer viewer, UnitForm form) {
		Unit unit = Unit.register(viewer.homeRegion(), new UnitName(form.getName()), form.getKind());
		unit.replaceAliases(aliasesOf(form));
		apply(unit, form);
		UnitId id = this.units.save(unit).id();
		this.audit.change(AuditType.UNIT_CREATED, this.audit.names().unit(id, unit.name().value()),
				this.audit.changes().coded("unit.kind", null, "unit.kind." + unit.kind()).toString());
		return id;
	}

	public void revise(Viewer viewer, UnitId id, UnitForm form) {
		Unit unit = visibleUnit(viewer, id);
		requireVersion(unit, form.getVersion());
		UnitForm before = formOf(viewer, id);
		unit.replaceAliases(aliasesOf(form));
		unit.rename(new UnitName(form.getName()));
		if (form.getKind() != UnitKind.GROUP) {
			unit.changeMembers(List.of());
		}
		unit.reclassify(form.getKind());
		apply(unit, form);
		this.units.save(unit);
		UnitForm after = formOf(viewer, id);
		this.audit.change(AuditType.UNIT_CHANGED, this.audit.names().unit(id, unit.name().value()),
				this.audit.changes()
					.field("unit.name", before.getName(), after.getName())
					.coded("unit.kind", "unit.kind." + before.getKind(), "unit.kind." + after.getKind())
					.field("unit.aliases", before.getAliases(), after.getAliases())
					.field("unit.members", before.getMembers(), after.getMembers())
					.toString());
	}

	/**
	 * Deletes a unit nothing refers to, if nobody changed it since the user saw it.
	 * @throws UnitInUse naming what still refers to it, and nothing changes
	 */
	public void delete(Viewer viewer, UnitId id, long seenVersion) {
		Unit unit = visibleUnit(viewer, id);
		requireVersion(unit, seenVersion);
		UnitReferences references = this.records.referencesTo(id);
		if (!references.none()) {
			throw new UnitInUse(unit.name().value(), references);
		}
		this.units.delete(id, seenVersion);
		this.audit.change(AuditType.UNIT_DELETED, this.audit.names().unit(id, unit.name().value()), "");
	}

	static void requireVersion(Unit unit, long seenVersion) {
		if (unit.version() != seenVersion) {
			throw new StaleEditException("unit", unit.id().value(), seenVersion, unit.version());
		}
	}

	/**
	 * Names and members checked together, so that the form shows every problem at once.
	 */
	private void apply(Unit unit, UnitForm form) {
		FormRejection.Problems problems = new FormRejection.Problems();
		problems.check(() -> refuseNamesTaken(unit));
		List<UnitId> members = problems.check(() -> members(unit, form));
		problems.refuseIfAny();
		unit.changeMembers(members);
	}

	private List<UnitId> members(Unit unit, UnitForm form) {
		List<String> memberNames = Names.lines(form.getMembers());
		if (!memberNames.isEmpty() && form.getKind() != UnitKind.GROUP) {
			throw new FormRejection("members", "unit.members.notGroup");
		}
		List<UnitId> members = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String name : memberNames) {
			this.units.findByName(unit.regionId(), new UnitName(name))
				.ifPresentOrElse((u) -> members.add(u.id()), () -> unknown.add(name));
		}
		if (!unknown.isEmpty()) {
			throw new FormRejection("members", "task.units.unknown", Names.join(unknown));
		}
		if (unit.id() != null && members.contains(unit.id())) {
			throw new FormRejection("members", "unit.members.self");
		}
		return members;
	}

	private static List<UnitName> aliasesOf(UnitForm form) {
		return Names.lines(form.getAliases()).stream().map(UnitName::new).toList();
	}

	private void refuseNamesTaken(Unit unit) {
		List<UnitName> names = new ArrayList<>(unit.aliases());
		names.add(0, unit.name());
		for (UnitName name : names) {
			Optional<Unit> holder = this.units.findByName(unit.regionId(), name);
			if (holder.isPresent() && !holder.get().id().equals(unit.id())) {
				String field = name.equals(unit.name()) ? "name" : "aliases";
				throw new FormRejection(field, "unit.name.taken", name.value(), holder.get().name().value());
			}
		}
	}

	Unit visibleUnit(Viewer viewer, UnitId id) {
		return this.units.findById(id)
			.filter((u) -> viewer.canSee(u.regionId()))
			.orElseThrow(() -> new NotFoundException("unit", id.value()));
	}

	private static UnitRow row(Unit unit, List<Unit> all, Function<UnitId, String> name, RegionTree tree) {
		List<String> groups = all.stream()
			.filter((g) -> g.members().contains(unit.id()))
			.map((g) -> g.name().value())
			.toList();
		return new UnitRow(unit.id().value(), unit.version(), unit.name().value(), unit.kind(),
				unit.aliases().stream().map(UnitName::value).toList(),
				unit.members().stream().map(name).sorted(Comparator.nullsLast(Comparator.naturalOrder())).toList(),
				groups, tree.nameOf(unit.regionId()));
	}

}
