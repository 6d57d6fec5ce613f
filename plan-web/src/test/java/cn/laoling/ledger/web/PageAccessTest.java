package cn.laoling.ledger.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each role against each page: who reads, who edits, and who is told the thing does not
 * exist (another region's plan answers 404, never 200).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageAccessTest {

	/**
	 * Page, then the answer for: anonymous, office, leader, wjw (卫健委 liaison), mzj,
	 * lz-office (凉州区).
	 */
	private static final String MATRIX = """
			/plans                      login 200 200 200 200 200
			/plans/{kqPlan}             login 200 200 200 200 404
			/plans/{lzPlan}             login 404 404 404 404 200
			/tasks/{kqTask}             login 200 200 200 200 404
			/plans/new                  login 200 403 403 403 200
			/plans/{kqPlan}/edit        login 200 403 403 403 404
			/plans/{kqPlan}/tasks/new   login 200 403 403 403 404
			/tasks/{kqTask}/edit        login 200 403 403 403 404
			/units                      login 200 403 403 403 200
			/units/new                  login 200 403 403 403 200
			/units/{kqUnit}/edit        login 200 403 403 403 404
			/                           login 302 302 302 302 302
			/actuator/health            200   200 200 200 200 200
			""";

	private static final String[] USERS = { null, "office", "leader", "wjw", "mzj", "lz-office" };

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@TestFactory
	List<DynamicTest> everyRoleGetsTheExpectedAnswerOnEveryPage() {
		Map<String, Long> ids = Map.of("{kqPlan}", this.demo.kunquPlan().id().value(), "{lzPlan}",
				this.demo.liangzhouPlan().id().value(), "{kqTask}",
				this.demo.tasksOf(this.demo.kunquPlan()).get(0).id().value(), "{kqUnit}",
				this.demo.kunquUnit("区卫健委").id().value());
		List<DynamicTest> tests = new ArrayList<>();
		for (String line : MATRIX.strip().split("\n")) {
			String[] cells = line.strip().split("\\s+");
			String path = cells[0];
			for (Map.Entry<String, Long> id : ids.entrySet()) {
				path = path.replace(id.getKey(), String.valueOf(id.getValue()));
			}
			for (int i = 0; i < USERS.length; i++) {
				String username = USERS[i];
				String expected = cells[i + 1];
				String url = path;
				tests.add(DynamicTest.dynamicTest(((username != null) ? username : "anonymous") + " GET " + cells[0],
						() -> assertAnswer(url, username, expected)));
			}
		}
		return tests;
	}

	private void assertAnswer(String url, String username, String expected) throws Exception {
		MockHttpServletRequestBuilder request = get(url);
		if (username != null) {
			request.with(this.demo.as(username));
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		if (expected.equals("login")) {
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
		}
		else {
			assertThat(result.getResponse().getStatus()).as(url + " as " + username)
				.isEqualTo(Integer.parseInt(expected));
		}
	}

}
