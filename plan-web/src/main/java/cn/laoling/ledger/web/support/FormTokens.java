package cn.laoling.ledger.web.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.servlet.support.RequestDataValueProcessor;
import org.springframework.web.util.WebUtils;

/**
 * Gives every form that changes something a one-time token, next to the CSRF token, and
 * remembers per session what became of each: so that a form sent twice (a double click,
 * the browser's back button and send again) is carried out once.
 */
public final class FormTokens implements RequestDataValueProcessor {

	public static final String PARAMETER = "_formToken";

	static final String IN_PROGRESS = "";

	private static final String SESSION_KEY = FormTokens.class.getName();

	private static final String GET_FORM = FormTokens.class.getName() + ".GET_FORM";

	private static final String ACTION = FormTokens.class.getName() + ".ACTION";

	private static final int REMEMBERED = 100;

	private final RequestDataValueProcessor delegate;

	FormTokens(RequestDataValueProcessor delegate) {
		this.delegate = delegate;
	}

	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		request.setAttribute(GET_FORM, "GET".equalsIgnoreCase(httpMethod));
		request.setAttribute(ACTION, action);
		return this.delegate.processAction(request, action, httpMethod);
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
		return this.delegate.processFormFieldValue(request, name, value, type);
	}

	@Override
	public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, String> delegated = this.delegate.getExtraHiddenFields(request);
		if (delegated != null) {
			fields.putAll(delegated);
		}
		if (!Boolean.TRUE.equals(request.getAttribute(GET_FORM))) {
			fields.put(PARAMETER, tokenFor(request, (String) request.getAttribute(ACTION)));
		}
		request.removeAttribute(GET_FORM);
		request.removeAttribute(ACTION);
		return fields;
	}

	/**
	 * A new token; but a form shown again after its own submission was refused (a
	 * mistake, a conflict) keeps that submission's token, which was not used up: that
	 * form is still the one the user opened, and whichever of its pages the browser sends
	 * again is carried out once.
	 */
	private static String tokenFor(HttpServletRequest request, String action) {
		String sent = request.getParameter(PARAMETER);
		boolean sameForm = sent != null && "POST".equals(request.getMethod()) && action != null
				&& action.equals(request.getRequestURI());
		return sameForm ? sent : UUID.randomUUID().toString();
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		return this.delegate.processUrl(request, url);
	}

	/**
	 * Claims a token for this request: answers {@code null} when it is new, otherwise
	 * what the first submission answered ({@link #IN_PROGRESS} while it still runs, or
	 * where it redirected to).
	 */
	static String claim(HttpSession session, String token) {
		Map<String, String> outcomes = outcomes(session);
		synchronized (outcomes) {
			return outcomes.putIfAbsent(token, IN_PROGRESS);
		}
	}

	/**
	 * Waits, at most {@code patience}, while the first submission of a token still runs.
	 * @return where it redirected; {@link #IN_PROGRESS} when it still runs; {@code null}
	 * when it was refused (and forgotten), so that this one may claim the token
	 */
	static String await(HttpSession session, String token, Duration patience) throws InterruptedException {
		Map<String, String> outcomes = outcomes(session);
		long until = System.nanoTime() + patience.toNanos();
		synchronized (outcomes) {
			String outcome = outcomes.get(token);
			while (IN_PROGRESS.equals(outcome)) {
				long left = until - System.nanoTime();
				if (left <= 0) {
					return IN_PROGRESS;
				}
				TimeUnit.NANOSECONDS.timedWait(outcomes, left);
				outcome = outcomes.get(token);
			}
			return outcome;
		}
	}

	/**
	 * Remembers where a finished submission redirected, or forgets it to allow a retry;
	 * wakes whoever waits for it.
	 */
	static void settle(HttpSession session, String token, String redirectedTo) {
		Map<String, String> outcomes = outcomes(session);
		synchronized (outcomes) {
			if (redirectedTo != null) {
				outcomes.put(token, redirectedTo);
			}
			else {
				outcomes.remove(token);
			}
			outcomes.notifyAll();
		}
		session.setAttribute(SESSION_KEY, outcomes);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> outcomes(HttpSession session) {
		synchronized (WebUtils.getSessionMutex(session)) {
			Object existing = session.getAttribute(SESSION_KEY);
			if (existing instanceof Map<?, ?> map) {
				return (Map<String, String>) map;
			}
			Map<String, String> created = new LinkedHashMap<>(16, 0.75f, false) {

				@Override
				protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
					return size() > REMEMBERED;
				}

			};
			session.setAttribute(SESSION_KEY, created);
			return created;
		}
	}

}
