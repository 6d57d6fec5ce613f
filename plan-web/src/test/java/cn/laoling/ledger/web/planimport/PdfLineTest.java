package cn.laoling.ledger.web.planimport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfLineTest {

	@Test
	void kangxiRadicalsAndCompatibilityFormsSomePrintersWriteAreTheIdeographsAgainPunctuationStaysFullWidth() {
		assertThat(PdfLine.ideographs("区⺠政局⽼龄⼯作（⼀）：2024年，")).isEqualTo("区民政局老龄工作（一）：2024年，");
	}

}
