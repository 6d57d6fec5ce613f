package cn.laoling.ledger.web.plan;

import java.time.LocalDate;

import cn.laoling.ledger.plan.DocumentNumber;
import cn.laoling.ledger.plan.Plan;
import cn.laoling.ledger.plan.PlanStatus;

/** A plan as the plan list and the ledger's heading show it. */
public record PlanSummary(long id, String title, String documentNumber, String issuer, LocalDate issueDate,
		LocalDate periodStart, LocalDate periodEnd, PlanStatus status, long taskCount, String regionName,
		long version) {

	static PlanSummary of(Plan plan, long taskCount, String regionName) {
		return new PlanSummary(plan.id().value(), plan.title(),
				plan.facts().optionalDocumentNumber().map(DocumentNumber::value).orElse(""), plan.facts().issuer(),
				plan.facts().issueDate(), plan.period().start(), plan.period().end(), plan.status(), taskCount,
				regionName, plan.version());
	}

}
