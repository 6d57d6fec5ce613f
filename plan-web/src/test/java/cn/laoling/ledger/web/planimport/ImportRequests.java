package cn.laoling.ledger.web.planimport;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.web.DemoLedger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 导入方案 as the office sends it: pasted text to a draft, the draft's preview confirmed. */
final class ImportRequests {

	private ImportRequests() {
	}

	/** The id of the draft the pasted text makes. */
	static String draftOf(MockMvc mvc, DemoLedger demo, MockHttpSession session, String text) throws Exception {
		String location = mvc
			.perform(post("/plans/import").param("text", text).session(session).with(demo.as("office")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	/**
	 * The draft confirmed as a plan of this year under the title; tasks are added by the
	 * caller.
	 */
	static MockHttpServletRequestBuilder confirm(DemoLedger demo, MockHttpSession session, String draft, String title) {
		return post("/plans/import/" + draft).session(session)
			.with(demo.as("office"))
			.with(csrf())
			.param("title", title)
			.param("periodStart", "2026-01-01")
			.param("periodEnd", "2026-12-31");
	}

}
