package cn.laoling.ledger.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberTextTest {

	@Test
	void writesNumbersAsPeopleWriteThem() {
		assertThat(NumberText.of(new BigDecimal("7E+1"))).isEqualTo("70");
		assertThat(NumberText.of(new BigDecimal("2E+2"))).isEqualTo("200");
		assertThat(NumberText.of(new BigDecimal("1500"))).isEqualTo("1500");
		assertThat(NumberText.of(new BigDecimal("1.5E+3"))).isEqualTo("1500");
		assertThat(NumberText.of(new BigDecimal("0.50"))).isEqualTo("0.5");
		assertThat(NumberText.of(new BigDecimal("26.00"))).isEqualTo("26");
		assertThat(NumberText.of(new BigDecimal("12.89"))).isEqualTo("12.89");
		assertThat(NumberText.of(new BigDecimal("100"))).isEqualTo("100");
		assertThat(NumberText.of(new BigDecimal("0.000"))).isEqualTo("0");
		assertThat(NumberText.of(null)).isEmpty();
	}

	@Test
	void writesAsGivenNumbersExactly() {
		assertThat(NumberText.of(new BigDecimal("0.125"))).isEqualTo("0.125");
	}

	@Test
	void roundsComputedNumbersToTwoDecimalsAtMost() {
		assertThat(NumberText.rounded(new BigDecimal("13.041096"))).isEqualTo("13.04");
		assertThat(NumberText.rounded(new BigDecimal("12.885"))).isEqualTo("12.89");
		assertThat(NumberText.rounded(new BigDecimal("26.000000"))).isEqualTo("26");
		assertThat(NumberText.rounded(new BigDecimal("66.70"))).isEqualTo("66.7");
		assertThat(NumberText.rounded(new BigDecimal("1E+2"))).isEqualTo("100");
		assertThat(NumberText.rounded(null)).isEmpty();
	}

	@Test
	void roundsComputedPercentagesToOneDecimalAtMost() {
		assertThat(NumberText.percent(new BigDecimal("30.77"))).isEqualTo("30.8%");
		assertThat(NumberText.percent(new BigDecimal("90.00"))).isEqualTo("90%");
		assertThat(NumberText.percent(new BigDecimal("1E+2"))).isEqualTo("100%");
		assertThat(NumberText.percent(new BigDecimal("33.333"))).isEqualTo("33.3%");
		assertThat(NumberText.percent(null)).isEmpty();
	}

	@Test
	void keepsOneValueForEveryWritingOfIt() {
		assertThat(NumberText.plain(new BigDecimal("7E+1"))).isEqualTo(new BigDecimal("70"));
		assertThat(NumberText.plain(new BigDecimal("70.00"))).isEqualTo(new BigDecimal("70"));
		assertThat(NumberText.plain(new BigDecimal("0.50"))).isEqualTo(new BigDecimal("0.5"));
		assertThat(NumberText.plain(null)).isNull();
	}

	@Test
	void readsBackWhatItWrites() {
		for (String written : new String[] { "70", "1500", "0.5", "26", "12.89", "100", "0.125" }) {
			assertThat(NumberText.of(NumberText.parse(written))).isEqualTo(written);
		}
	}

	@Test
	void readsNumbersAsPeopleTypeThem() {
		assertThat(NumberText.parse("1,500")).isEqualTo(new BigDecimal("1500"));
		assertThat(NumberText.parse(" 1500 ")).isEqualTo(new BigDecimal("1500"));
		assertThat(NumberText.parse("1,234,567.5")).isEqualTo(new BigDecimal("1234567.5"));
		assertThat(NumberText.parse("１５００")).isEqualTo(new BigDecimal("1500"));
		assertThat(NumberText.parse("1，500")).isEqualTo(new BigDecimal("1500"));
		assertThat(NumberText.parse("0。5")).isEqualTo(new BigDecimal("0.5"));
		assertThat(NumberText.parse("26.00")).isEqualTo(new BigDecimal("26"));
		assertThat(NumberText.parse("  ")).isNull();
		assertThat(NumberText.parse(null)).isNull();
	}

	@Test
	void refusesWhatIsNoNumberAsWritten() {
		for (String typed : new String[] { "1,5", "15,00", "七十", "70个", "7E+1", "1.2.3", "," }) {
			assertThatThrownBy(() -> NumberText.parse(typed)).as(typed).isInstanceOf(NumberFormatException.class);
		}
	}

}
