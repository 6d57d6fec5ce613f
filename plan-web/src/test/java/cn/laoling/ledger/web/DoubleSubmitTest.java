package cn.laoling.ledger.web;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.unit.UnitName;
import cn.laoling.ledger.unit.Units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A form sent twice (double click, back and send again) is carried out once. */
@SpringBootTest
@AutoConfigureMockMvc
class DoubleSubmitTest {

	private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|_formToken)\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Autowired
	Units units;

	@Test
	void aFormSentTwiceRegistersOneUnitAndBothAnswersLeadToTheSamePage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String form = this.mvc.perform(get("/units/new").session(session).with(this.demo.as("office")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String name = "重复提交测试" + UUID.randomUUID().toString().substring(0, 6);
		MockHttpServletRequestBuilder submit = post("/units").session(session)
			.with(this.demo.as("office"))
			.param("name", name)
			.param("kind", "DEPARTMENT");
		Matcher hidden = HIDDEN.matcher(form.substring(form.indexOf("action=\"/units\"")));
		int found = 0;
		while (found < 2 && hidden.find()) {
			submit.param(hidden.group(1), hidden.group(2));
			found++;
		}
		assertThat(found).as("the unit form carries a CSRF and a form token").isEqualTo(2);

		MvcResult first = this.mvc.perform(submit).andReturn();
		MvcResult second = this.mvc.perform(submit).andReturn();

		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/units");
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/units");
		assertThat(this.units.findAllIn(java.util.List.of(this.demo.region("昆都仑区"))))
			.filteredOn((u) -> u.name().equals(new UnitName(name)))
			.hasSize(1);
	}

	@Test
	void aSearchFormCarriesNoFormToken() throws Exception {
		String audit = this.mvc.perform(get("/audit").with(this.demo.as("auditadmin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String searchForm = audit.substring(audit.indexOf("method=\"get\""));
		searchForm = searchForm.substring(0, searchForm.indexOf("</form>"));
		assertThat(searchForm).doesNotContain("_formToken", "_csrf");
	}

}
