package cn.laoling.ledger.web.security;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.laoling.ledger.web.DemoLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Script and markup typed into every free-text field come back as text: in every page
 * that shows them, and in the audit export, where a formula is not a formula.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssCorpusTest {

	private static final String MARK = UUID.randomUUID().toString().substring(0, 6);

	static final List<String> PAYLOADS = List.of("<script>alert('x" + MARK + "')</script>",
			"\"><img src=x onerror=alert(1)>" + MARK, "'><svg onload=alert(1)>" + MARK, "[[${7*7}]]" + MARK,
			"=HYPERLINK(\"http://evil.example\",\"x\")" + MARK);

	private static final List<String> LIVE = List.of("<script>alert", "<img src=x", "<svg onload", "49" + MARK,
			"href=\"javascript:", "<i>个");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	private String planUrl;

	private String taskUrl;

	private long unitId;

	private String perform(String user, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(this.demo.as(user)).with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString()).isNotNull();
		return result.getResponse().getRedirectedUrl();
	}

	@BeforeAll
	void storeThePayloadsInEveryFreeTextField() throws Exception {
		String unitName = PAYLOADS.get(0);
		perform("office",
				post("/units").param("name", unitName)
					.param("kind", "DEPARTMENT")
					.param("aliases", PAYLOADS.get(2) + "\n" + PAYLOADS.get(1)));
		this.unitId = this.demo.kunquUnit(unitName).id().value();
		this.planUrl = perform("office",
				post("/plans").param("title", PAYLOADS.get(0))
					.param("issuer", PAYLOADS.get(2))
					.param("periodStart", "2026-01-01")
					.param("periodEnd", "2026-12-31")
					.param("status", "IN_FORCE")
					.param("sections", "一、" + PAYLOADS.get(3)));
		this.taskUrl = perform("office",
				post(this.planUrl + "/tasks").param("number", "1")
					.param("position", "1")
					.param("text", PAYLOADS.get(4) + PAYLOADS.get(0))
					.param("leadUnits", unitName)
					.param("status", "NOT_STARTED")
					.param("targets[0].counted", PAYLOADS.get(2))
					.param("targets[0].comparator", "AT_LEAST")
					.param("targets[0].low", "10")
					.param("targets[0].measure", "<i>个</i>")
					.param("targets[0].recurrence", "ONCE")
					.param("deadlines[0].date", "2026-06-30")
					.param("deadlines[0].wording", PAYLOADS.get(1)));
		perform("sysadmin",
				post("/admin/accounts").param("username", "xss-" + MARK)
					.param("displayName", PAYLOADS.get(0))
					.param("role", "LEADER")
					.param("regionId", String.valueOf(this.demo.region("昆都仑区").value())));
		perform("sysadmin", post("/admin/regions").param("name", PAYLOADS.get(2))
			.param("parentId", String.valueOf(this.demo.region("昆都仑区").value())));
		perform("sysadmin",
				post("/admin/accounts").param("username", "xsf-" + MARK)
					.param("displayName", PAYLOADS.get(4))
					.param("role", "LEADER")
					.param("regionId", String.valueOf(this.demo.region("昆都仑区").value())));
		// the audit export names the actor of this failed login by its display name, a
		// formula
		this.mvc.perform(post("/login").param("username", "xsf-" + MARK).param("password", "x").with(csrf()));
	}

	private String page(String user, String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(this.demo.as(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private static void assertInert(String url, String body) {
		assertThat(body).as(url + " shows the payloads").contains(MARK);
		assertThat(body).as(url).doesNotContain(LIVE);
	}

	@Test
	void everyPageShowsThePayloadsAsText() throws Exception {
		List<String[]> pages = List.of(new String[] { "office", "/plans" }, new String[] { "office", this.planUrl },
				new String[] { "office", this.planUrl + "/edit" }, new String[] { "office", this.taskUrl },
				new String[] { "office", this.taskUrl + "/edit" }, new String[] { "office", "/units" },
				new String[] { "office", "/units/" + this.unitId + "/edit" },
				new String[] { "office",
						"/units/" + this.unitId + "/merge?into=" + this.demo.kunquUnit("区卫健委").id().value() },
				new String[] { "sysadmin", "/admin/accounts" }, new String[] { "sysadmin", "/admin/regions" },
				new String[] { "auditadmin", "/audit" });
		for (String[] visit : pages) {
			assertInert(visit[1], page(visit[0], visit[1]));
		}
		assertThat(page("office", this.taskUrl)).contains("&lt;script&gt;alert(");
	}

	@Test
	void theAuditExportNeutralisesFormulas() throws Exception {
		String csv = page("auditadmin", "/audit/export?type=LOGIN_FAILED");

		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")" + MARK);
		assertThat(csv).doesNotContain("\"=HYPERLINK");
	}

}
