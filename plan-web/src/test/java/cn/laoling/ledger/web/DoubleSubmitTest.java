package cn.laoling.ledger.web;

import java.util.LinkedHashMap;
import java.util.Map;
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

	@Autowired
	ScratchData scratch;

	@Test
	void aFormSentTwiceRegistersOneUnitAndBothAnswersLeadToTheSamePage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String form = this.mvc.perform(get("/units/new").session(session).with(this.demo.as("office")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String name = "重复提交测试" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(hiddenFields(form, "/units")).as("the unit form carries a CSRF and a form token")
			.containsOnlyKeys("_csrf", "_formToken");
		MockHttpServletRequestBuilder submit = withHiddenFields(post("/units"), form, "/units").session(session)
			.with(this.demo.as("office"))
			.param("name", name)
			.param("kind", "DEPARTMENT");

		MvcResult first = this.mvc.perform(submit).andReturn();
		MvcResult second = this.mvc.perform(submit).andReturn();

		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/units");
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/units");
		assertThat(this.units.findAllIn(java.util.List.of(this.demo.region("昆都仑区"))))
			.filteredOn((u) -> u.name().equals(new UnitName(name)))
			.hasSize(1);
	}

	@Test
	void aNewTaskFormSentAgainCreatesNothingMoreAndLandsOnTheTaskWithAMessage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		long plan = this.scratch.plan().id().value();
		String action = "/plans/" + plan + "/tasks";
		String form = this.mvc
			.perform(get("/plans/" + plan + "/tasks/new").session(session).with(this.demo.as("office")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String text = "重复提交的任务" + UUID.randomUUID();
		MockHttpServletRequestBuilder save = withHiddenFields(post(action), form, action).session(session)
			.with(this.demo.as("office"))
			.param("number", "98")
			.param("position", "98")
			.param("text", text)
			.param("leadUnits", "区卫健委")
			.param("status", "NOT_STARTED");

		MvcResult first = this.mvc.perform(save).andReturn();
		MvcResult again = this.mvc.perform(save).andReturn();

		assertThat(first.getResponse().getRedirectedUrl()).startsWith("/tasks/");
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(again.getFlashMap().get("message")).isEqualTo("flash.form.repeated");
		assertThat(tasksNamed(text)).isEqualTo(1);
	}

	@Test
	void aFormShownAgainForItsMistakesKeepsItsTokenSoThatTheFirstPageSentAgainCreatesNothingMore() throws Exception {
		MockHttpSession session = new MockHttpSession();
		long plan = this.scratch.plan().id().value();
		String action = "/plans/" + plan + "/tasks";
		String form = this.mvc
			.perform(get("/plans/" + plan + "/tasks/new").session(session).with(this.demo.as("office")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String text = "先填错再改正的任务" + UUID.randomUUID();
		MockHttpServletRequestBuilder wrong = withHiddenFields(post(action), form, action).session(session)
			.with(this.demo.as("office"))
			.param("number", "97")
			.param("position", "97")
			.param("text", text)
			.param("leadUnits", "区养老局")
			.param("status", "NOT_STARTED");
		String shownAgain = this.mvc.perform(wrong).andReturn().getResponse().getContentAsString();
		assertThat(shownAgain).contains("未找到单位：区养老局");
		assertThat(hiddenFields(shownAgain, action)).containsEntry("_formToken",
				hiddenFields(form, action).get("_formToken"));

		MvcResult corrected = this.mvc
			.perform(withHiddenFields(post(action), shownAgain, action).session(session)
				.with(this.demo.as("office"))
				.param("number", "97")
				.param("position", "97")
				.param("text", text)
				.param("leadUnits", "区卫健委")
				.param("status", "NOT_STARTED"))
			.andReturn();
		MvcResult firstPageAgain = this.mvc
			.perform(withHiddenFields(post(action), form, action).session(session)
				.with(this.demo.as("office"))
				.param("number", "97")
				.param("position", "97")
				.param("text", text)
				.param("leadUnits", "区卫健委")
				.param("status", "NOT_STARTED"))
			.andReturn();

		assertThat(firstPageAgain.getResponse().getRedirectedUrl())
			.isEqualTo(corrected.getResponse().getRedirectedUrl());
		assertThat(tasksNamed(text)).isEqualTo(1);
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

	private long tasksNamed(String text) {
		return this.demo.tasksOf(this.scratch.plan()).stream().filter((t) -> t.text().equals(text)).count();
	}

	/** The CSRF and form token of the page's form sent to {@code action}. */
	private static Map<String, String> hiddenFields(String page, String action) {
		String form = page.substring(page.indexOf("action=\"" + action + "\""));
		form = form.substring(0, form.indexOf("</form>"));
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(form);
		while (hidden.find()) {
			fields.put(hidden.group(1), hidden.group(2));
		}
		return fields;
	}

	private static MockHttpServletRequestBuilder withHiddenFields(MockHttpServletRequestBuilder request, String page,
			String action) {
		hiddenFields(page, action).forEach(request::param);
		return request;
	}

}
