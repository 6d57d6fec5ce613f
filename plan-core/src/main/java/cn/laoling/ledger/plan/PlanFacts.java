package cn.laoling.ledger.plan;

import java.time.LocalDate;
import java.util.Optional;

import cn.laoling.ledger.shared.Require;

/**
 * What a plan's document says about itself: title, 文号, issuer, issue date and period.
 */
public record PlanFacts(String title, DocumentNumber documentNumber, String issuer, LocalDate issueDate,
		PlanPeriod period) {

	public PlanFacts {
		title = Require.text(title, "plan title", 200);
		issuer = Require.optionalText(issuer, "issuer", 100);
		Require.present(period, "period");
	}

	public Optional<DocumentNumber> optionalDocumentNumber() {
		return Optional.ofNullable(this.documentNumber);
	}

}
