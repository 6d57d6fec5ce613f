package cn.laoling.ledger.web.support;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Sessions live in the database and are found by their cookie (Spring Session), so a
 * {@link MockHttpSession} given to a MockMvc request is not the session the application
 * sees. Tests still pass one to say "these requests are one browser": it carries that
 * browser's session cookie from each answer to the next request.
 */
@Component
public class SessionCookieJar implements MockMvcBuilderCustomizer {

	static final String COOKIE = "SESSION";

	private static final String HELD = SessionCookieJar.class.getName();

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private static final String BEFORE = SessionCookieJar.class.getName() + ".BEFORE";

	/**
	 * The session the browser held before its last request is over: its cookie opens
	 * nothing any more (a page asks to log in).
	 */
	public static void assertEnded(MockMvc mvc, MockHttpSession browser) throws Exception {
		Object before = browser.getAttribute(BEFORE);
		assertThat(before).as("the last answer replaced or cleared the session cookie").isNotNull();
		MvcResult next = mvc.perform(get("/notifications").cookie(new Cookie(COOKIE, (String) before))).andReturn();
		assertThat(next.getResponse().getRedirectedUrl()).as("the ended session's cookie").startsWith("/login");
	}

	/**
	 * {@code flashAttr(...)} puts the attributes into MockMvc's own session, which the
	 * application does not see: they are given to the request as the flash map it came
	 * with.
	 */
	private static void handOverFlashAttributes(MockHttpServletRequest request) {
		if (request.getSession(false) instanceof MockHttpSession browser
				&& browser.getAttribute(FLASH_MAPS) instanceof List<?> maps && !maps.isEmpty()) {
			Map<String, Object> flash = new HashMap<>();
			maps.forEach((map) -> flash.putAll((FlashMap) map));
			browser.removeAttribute(FLASH_MAPS);
			request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash);
		}
	}

	@Override
	public void customize(ConfigurableMockMvcBuilder<?> builder) {
		builder.defaultRequest(get("/").with((request) -> {
			handOverFlashAttributes(request);
			if (request.getSession(false) instanceof MockHttpSession browser
					&& browser.getAttribute(HELD) instanceof String session) {
				Cookie[] others = (request.getCookies() != null) ? request.getCookies() : new Cookie[0];
				request.setCookies(
						Stream
							.concat(Arrays.stream(others).filter((c) -> !COOKIE.equals(c.getName())),
									Stream.of(new Cookie(COOKIE, session)))
							.toArray(Cookie[]::new));
			}
			return request;
		}));
		builder.alwaysDo((result) -> {
			Cookie given = result.getResponse().getCookie(COOKIE);
			if (given != null && result.getRequest().getSession(false) instanceof MockHttpSession browser) {
				Object held = browser.getAttribute(HELD);
				if (held != null && !held.equals(given.getValue())) {
					browser.setAttribute(BEFORE, held);
				}
				if (given.getMaxAge() == 0) {
					browser.removeAttribute(HELD);
				}
				else {
					browser.setAttribute(HELD, given.getValue());
				}
			}
		});
	}

}
