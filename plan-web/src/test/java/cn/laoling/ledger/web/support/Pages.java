package cn.laoling.ledger.web.support;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A page as a logged-in user reads it. */
public final class Pages {

	private Pages() {
	}

	/** The HTML of the page, which must be served (200). */
	public static String html(MockMvc mvc, RequestPostProcessor user, String url) throws Exception {
		return mvc.perform(get(url).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
