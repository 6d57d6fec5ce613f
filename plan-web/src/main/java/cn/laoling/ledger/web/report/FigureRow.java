package cn.laoling.ledger.web.report;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import cn.laoling.ledger.report.Figure;

/**
 * One target's figure on the report form: a number, or a rate's numerator and
 * denominator.
 */
public class FigureRow {

	@DecimalMin("0")
	@Digits(integer = 14, fraction = 4)
	private BigDecimal value;

	@DecimalMin("0")
	@Digits(integer = 14, fraction = 4)
	private BigDecimal numerator;

	@DecimalMin("0")
	@Digits(integer = 14, fraction = 4)
	private BigDecimal denominator;

	static FigureRow of(Figure figure) {
		FigureRow row = new FigureRow();
		row.value = figure.value();
		row.numerator = figure.numerator();
		row.denominator = figure.denominator();
		return row;
	}

	Figure figure() {
		return (this.value != null) ? Figure.of(this.value) : new Figure(null, this.numerator, this.denominator);
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public BigDecimal getNumerator() {
		return this.numerator;
	}

	public void setNumerator(BigDecimal numerator) {
		this.numerator = numerator;
	}

	public BigDecimal getDenominator() {
		return this.denominator;
	}

	public void setDenominator(BigDecimal denominator) {
		this.denominator = denominator;
	}

}
