package cn.laoling.ledger.web.support;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.shared.NumberText;

/**
 * {@link NumberText} in the web layer. As a formatter (Spring Boot adds every
 * {@code Formatter} bean to MVC's conversion service) it shows and reads every decimal
 * form field: a target of 70 is shown {@code 70}, not {@code 7E+1}, and {@code 1,500}
 * typed is 1500. As the bean {@code numberText} it writes numbers in templates:
 * {@code ${@numberText.of(t.goal())}} for a number as given,
 * {@code ${@numberText.rounded(t.expected())}} for a computed one (序时),
 * {@code ${@numberText.percent(t.rate())}} for a computed percentage.
 */
@Component("numberText")
public class NumberTextFormatter implements Formatter<BigDecimal> {

	/** A number as given (a target, a figure, a sum), written exactly. */
	public String of(BigDecimal value) {
		return NumberText.of(value);
	}

	/** A computed number (a 序时进度 value), at most two decimals. */
	public String rounded(BigDecimal value) {
		return NumberText.rounded(value);
	}

	/** A computed percentage (a completion rate), at most one decimal, with its sign. */
	public String percent(BigDecimal value) {
		return NumberText.percent(value);
	}

	@Override
	public String print(BigDecimal value, Locale locale) {
		return NumberText.of(value);
	}

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		try {
			return NumberText.parse(text);
		}
		catch (NumberFormatException ex) {
			throw new ParseException(text, 0);
		}
	}

}
