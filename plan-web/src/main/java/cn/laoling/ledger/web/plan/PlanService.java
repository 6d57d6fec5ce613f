package cn.laoling.ledger.web.plan;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.plan.DocumentNumber;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanFacts;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanStatus;
import cn.laoling.ledger.plan.Plans;
import cn.laoling.ledger.plan.Section;
import cn.laoling.ledger.plan.SectionId;
import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.web.security.Viewer;

/** The office creates plans and revises their facts and sections. */
@Service
@Transactional
@PreAuthorize("hasRole('OFFICE')")
public class PlanService {

	private final Plans plans;

	private final Tasks tasks;

	private final LedgerService ledger;

	private final AuditTrail audit;

	PlanService(Plans plans, Tasks tasks, LedgerService ledger, AuditTrail audit) {
		this.plans = plans;
		this.tasks = tasks;
		this.ledger = ledger;
		this.audit = audit;
	}

	public PlanId create(Viewer viewer, PlanForm form) {
		Plan plan = Plan.draft(viewer.homeRegion(), form.facts());
		SectionLines.parse(form.getSections()).forEach(plan::addSection);
		plan.changeStatus(form.getStatus());
		PlanId id = this.plans.save(plan).id();
		this.audit.change(AuditType.PLAN_CREATED, this.audit.names().plan(id, plan.title()),
				this.audit.changes().coded("plan.status", null, "plan.status." + plan.status()).toString());
		return id;
	}

	@Transactional(readOnly = true)
	public PlanForm formOf(Viewer viewer, PlanId id) {
		Plan plan = this.ledger.visiblePlan(viewer, id);
		PlanForm form = new PlanForm();
		PlanFacts facts = plan.facts();
		form.setTitle(facts.title());
		form.setDocumentNumber(facts.optionalDocumentNumber().map(DocumentNumber::value).orElse(null));
		form.setIssuer(facts.issuer());
		form.setIssueDate(facts.issueDate());
		form.setPeriodStart(facts.period().start());
		form.setPeriodEnd(facts.period().end());
		form.setStatus(plan.status());
		form.setSections(SectionLines.format(plan.sections()));
		form.setVersion(plan.version());
		return form;
	}

	public void revise(Viewer viewer, PlanId id, PlanForm form) {
		Plan plan = this.ledger.visiblePlan(viewer, id);
		if (plan.version() != form.getVersion()) {
			throw new StaleEditException("plan", id.value(), form.getVersion(), plan.version());
		}
		PlanFacts before = plan.facts();
		PlanStatus statusBefore = plan.status();
		String sectionsBefore = SectionLines.format(plan.sections());
		plan.revise(form.facts());
		plan.changeStatus(form.getStatus());
		List<Section> dropped = plan.reviseSections(SectionLines.parse(form.getSections()));
		refuseDroppingSectionsInUse(id, dropped);
		this.plans.save(plan);
		this.tasks.find(TaskQuery.all(id)).stream().filter((t) -> t.followPeriodOf(plan)).forEach(this.tasks::save);
		PlanFacts after = plan.facts();
		this.audit.change(AuditType.PLAN_CHANGED, this.audit.names().plan(id, plan.title()), this.audit.changes()
			.field("plan.title", before.title(), after.title())
			.field("plan.documentNumber", before.optionalDocumentNumber().map(DocumentNumber::value).orElse(null),
					after.optionalDocumentNumber().map(DocumentNumber::value).orElse(null))
			.field("plan.issuer", before.issuer(), after.issuer())
			.field("plan.issueDate", before.issueDate(), after.issueDate())
			.field("plan.periodStart", before.period().start(), after.period().start())
			.field("plan.periodEnd", before.period().end(), after.period().end())
			.coded("plan.status", "plan.status." + statusBefore, "plan.status." + plan.status())
			.field("plan.sections", sectionsBefore, SectionLines.format(plan.sections()))
			.toString());
	}

	/**
	 * 撤回 a plan put in force by mistake: a draft again while no unit worked on it, else
	 * 作废 with its history kept.
	 * @return the status it now has
	 */
	public PlanStatus withdraw(Viewer viewer, PlanId id, long version) {
		Plan plan = this.ledger.ownPlan(viewer, id);
		if (plan.version() != version) {
			throw new StaleEditException("plan", id.value(), version, plan.version());
		}
		PlanStatus before = plan.status();
		plan.withdraw(this.plans.isOnRecord(id));
		this.plans.save(plan);
		this.audit.change(AuditType.PLAN_WITHDRAWN, this.audit.names().plan(id, plan.facts().title()),
				this.audit.changes()
					.coded("plan.status", "plan.status." + before, "plan.status." + plan.status())
					.toString());
		return plan.status();
	}

	/** Deletes a draft with its tasks. */
	public void delete(Viewer viewer, PlanId id, long version) {
		Plan plan = this.ledger.ownPlan(viewer, id);
		plan.requireDeletable();
		if (this.plans.isOnRecord(id)) {
			throw new DomainRuleException("plan.notDeletable", "plan " + id + " is on record");
		}
		long count = this.tasks.countByPlan(List.of(id)).getOrDefault(id, 0L);
		this.plans.delete(id, version);
		this.audit.change(AuditType.PLAN_DELETED, this.audit.names().plan(id, plan.facts().title()),
				this.audit.changes().note("audit.plan.deleted", count).toString());
	}

	private void refuseDroppingSectionsInUse(PlanId id, List<Section> dropped) {
		Set<SectionId> droppedIds = dropped.stream().map(Section::id).collect(Collectors.toSet());
		boolean inUse = this.tasks.find(TaskQuery.all(id))
			.stream()
			.anyMatch((t) -> droppedIds.contains(t.content().sectionId()));
		if (inUse) {
			throw new DomainRuleException("plan.sections.inUse", "a dropped section still has tasks");
		}
	}

}
