package cn.laoling.ledger.persistence.report;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

@Embeddable
class FigureEmbeddable {

	/** Keeps a figure not yet given from mapping to a null element. */
	boolean given;

	BigDecimal value;

	BigDecimal numerator;

	BigDecimal denominator;

}
