package cn.laoling.ledger.web.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import cn.laoling.ledger.web.DemoLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages link Bootstrap and htmx by their WebJars' versions, and every static file is
 * served from this application (no CDN); a page path is never taken for a file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesTest {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Test
	void everyAssetAPageLinksIsServedAndWebJarsCarryTheirVersion() throws Exception {
		String page = this.mvc.perform(get("/plans").with(this.demo.as("office")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Matcher assets = ASSET.matcher(page);
		int found = 0;
		while (assets.find()) {
			String url = assets.group(1);
			found++;
			if (url.startsWith("/webjars/")) {
				assertThat(url).as("versioned").matches("/webjars/[^/]+/\\d+\\.\\d+[^/]*/.+");
			}
			byte[] body = this.mvc.perform(get(url))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(body).as(url).isNotEmpty();
		}
		assertThat(found).as("bootstrap css and js, htmx, ledger.css, ledger.js").isEqualTo(5);
		this.mvc.perform(get("/messages.properties").with(this.demo.as("office")))
			.andExpect(status().is4xxClientError());
	}

}
