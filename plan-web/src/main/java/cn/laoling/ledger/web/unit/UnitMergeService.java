package cn.laoling.ledger.web.unit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.LiaisonMoves;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.plan.PlanHead;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.report.Report;
import cn.laoling.ledger.report.ReportEvent;
import cn.laoling.ledger.report.ReportingPeriod;
import cn.laoling.ledger.report.ReportingPeriods;
import cn.laoling.ledger.report.Reports;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.UnitRecords;
import cn.laoling.ledger.unit.UnitReferences;
import cn.laoling.ledger.unit.Units;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.security.Viewer;

/**
 * 合并单位: the office merges a unit into another of its region. In one transaction every
 * record naming the merged unit names the kept one instead (tasks, groups, liaisons,
 * reports, requests, receipts, prompts, notifications, reminders), its names become
 * aliases of the kept unit, and it is deleted.
 */
@Service
@Transactional
@PreAuthorize("hasRole('OFFICE')")
public class UnitMergeService {

	private final UnitService registry;

	private final Units units;

	private final UnitRecords records;

	private final Tasks tasks;

	private final Accounts accounts;

	private final Reports reports;

	private final ReportingPeriods periods;

	private final Plans plans;

	private final UnitTexts texts;

	private final AuditTrail audit;

	private final Clock clock;

	UnitMergeService(UnitService registry, Units units, UnitRecords records, Tasks tasks, Accounts accounts,
			Reports reports, ReportingPeriods periods, Plans plans, UnitTexts texts, AuditTrail audit, Clock clock) {
		this.registry = registry;
		this.units = units;
		this.records = records;
		this.tasks = tasks;
		this.accounts = accounts;
		this.reports = reports;
		this.periods = periods;
		this.plans = plans;
		this.texts = texts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The merge page of the unit: where it may go and, if chosen, what would happen. */
	@Transactional(readOnly = true)
	public MergePage page(Viewer viewer, UnitId mergedId, UnitId keptId) {
		Unit merged = this.registry.visibleUnit(viewer, mergedId);
		List<MergePage.Choice> choices = this.units.findAllIn(List.of(merged.regionId()))
			.stream()
			.filter((u) -> u.mayAbsorb(merged))
			.map((u) -> new MergePage.Choice(u.id().value(), u.name().value(), u.kind()))
			.toList();
		MergePage.Preview preview = null;
		if (keptId != null) {
			Unit kept = this.registry.visibleUnit(viewer, keptId);
			if (kept.mayAbsorb(merged)) {
				preview = preview(merged, kept);
			}
		}
		return new MergePage(merged.id().value(), merged.name().value(), merged.kind(), merged.version(), choices,
				preview);
	}

	private MergePage.Preview preview(Unit merged, Unit kept) {
		String keptName = kept.name().value();
		LiaisonMoves liaisons = liaisonMoves(merged, kept);
		List<String> liaisonLines = liaisons.moves()
			.stream()
			.map((m) -> m.account().enabled()
					? this.texts.message("unit.merge.liaison", m.account().displayName(), position(m.account()),
							keptName, this.texts.message("account.position." + m.binding().position().name()))
					: this.texts.message("unit.merge.liaison.disabled", m.account().displayName(),
							position(m.account()), keptName))
			.toList();
		String refusal = liaisons.unplaced().isEmpty() ? null
				: this.texts.message("unit.merge.unplaced", keptName, merged.name().value(), this.texts
					.list(liaisons.unplaced().stream().map((a) -> a.displayName() + "（" + position(a) + "）").toList()));
		List<String> reportLines = collisions(merged, kept).stream()
			.map((c) -> collisionLine(c, merged, kept))
			.toList();
		return new MergePage.Preview(kept.id().value(), keptName, kept.version(),
				this.texts.phrases(this.records.referencesTo(merged.id())),
				this.texts.sharedPhrases(this.records.sharedBy(merged.id(), kept.id()), keptName), namesOf(merged),
				liaisonLines, reportLines, refusal);
	}

	/**
	 * Merges the unit into the kept one, if neither changed since the user saw them.
	 * @throws DomainRuleException {@code unit.merge.unplaced} while the kept unit has no
	 * free position for a liaison of the merged one, and nothing changes
	 */
	public void merge(Viewer viewer, UnitId mergedId, long mergedVersion, UnitId keptId, long keptVersion) {
		Unit merged = this.registry.visibleUnit(viewer, mergedId);
		Unit kept = this.registry.visibleUnit(viewer, keptId);
		UnitService.requireVersion(merged, mergedVersion);
		UnitService.requireVersion(kept, keptVersion);
		kept.absorb(merged);
		LiaisonMoves liaisons = liaisonMoves(merged, kept);
		if (!liaisons.unplaced().isEmpty()) {
			throw new DomainRuleException("unit.merge.unplaced",
					liaisons.unplaced().size() + " liaisons of " + merged.name() + " have no free position");
		}
		UnitReferences moving = this.records.referencesTo(mergedId);
		for (Task task : this.tasks.naming(Set.of(mergedId))) {
			task.mergeUnit(mergedId, keptId);
			this.tasks.save(task);
		}
		for (UnitId groupId : this.units.groupsContaining(mergedId)) {
			if (!groupId.equals(keptId)) {
				Unit group = this.units.findById(groupId).orElseThrow();
				group.replaceMember(mergedId, keptId);
				this.units.save(group);
			}
		}
		liaisons.moves().forEach((move) -> {
			move.account().bindTo(move.binding());
			this.accounts.save(move.account());
		});
		moveReports(viewer, merged, kept);
		this.records.handOver(mergedId, keptId, this.texts.message("unit.merge.answerHeading", merged.name().value()));
		this.units.save(kept);
		this.units.delete(mergedId, mergedVersion);
		this.audit.change(AuditType.UNIT_MERGED, this.audit.names().unit(mergedId, merged.name().value()),
				this.texts.merged(merged.name().value(), kept.name().value(), moving, namesOf(merged)));
	}

	private void moveReports(Viewer viewer, Unit merged, Unit kept) {
		for (Collision collision : collisions(merged, kept)) {
			Report goesOn = collision.goesOn();
			Report folded = (goesOn == collision.ofKept()) ? collision.ofMerged() : collision.ofKept();
			String foldedUnit = (folded == collision.ofKept()) ? kept.name().value() : merged.name().value();
			this.reports
				.record(ReportEvent.merged(folded, goesOn.id(), foldedUnit, this.clock.instant(), viewer.username()));
			this.reports.fold(folded.id(), goesOn.id());
		}
		for (Report report : this.reports.ofUnit(merged.id())) {
			report.transferTo(kept.id());
			this.reports.save(report);
		}
	}

	/** Two reports on one task, period and kind, one of each unit. */
	private record Collision(Report ofKept, Report ofMerged) {

		Report goesOn() {
			return Report.goesOnOf(this.ofKept, this.ofMerged);
		}

	}

	private List<Collision> collisions(Unit merged, Unit kept) {
		Map<String, Report> keptReports = this.reports.ofUnit(kept.id())
			.stream()
			.collect(Collectors.toMap(UnitMergeService::slot, Function.identity()));
		List<Collision> collisions = new ArrayList<>();
		for (Report report : this.reports.ofUnit(merged.id())) {
			Report ofKept = keptReports.get(slot(report));
			if (ofKept != null) {
				collisions.add(new Collision(ofKept, report));
			}
		}
		return collisions;
	}

	private static String slot(Report report) {
		return report.taskId().value() + "/" + report.periodId().value() + "/" + report.kind();
	}

	private String collisionLine(Collision collision, Unit merged, Unit kept) {
		Report goesOn = collision.goesOn();
		boolean keptGoesOn = goesOn == collision.ofKept();
		Report folded = keptGoesOn ? collision.ofMerged() : collision.ofKept();
		Task task = this.tasks.findById(goesOn.taskId()).orElseThrow();
		String plan = this.plans.headOf(task.planId()).map(PlanHead::title).orElse("");
		ReportingPeriod period = this.periods.findById(goesOn.periodId()).orElseThrow();
		return this.texts.message("unit.merge.report", plan, task.number().value(),
				this.texts.message("quarter.label", period.quarter().year(), period.quarter().number()),
				this.texts.message("report.kind." + goesOn.kind().name()), (keptGoesOn ? kept : merged).name().value(),
				this.texts.message("report.state." + goesOn.state().name()),
				(keptGoesOn ? merged : kept).name().value(),
				this.texts.message("report.state." + folded.state().name()));
	}

	private LiaisonMoves liaisonMoves(Unit merged, Unit kept) {
		return LiaisonMoves.plan(kept.id(), this.accounts.boundTo(kept.id()), this.accounts.boundTo(merged.id()));
	}

	private String position(Account account) {
		return this.texts.message("account.position." + account.binding().orElseThrow().position().name());
	}

	private static List<String> namesOf(Unit unit) {
		List<String> names = new ArrayList<>();
		names.add(unit.name().value());
		unit.aliases().stream().map(UnitName::value).forEach(names::add);
		return names;
	}

}
