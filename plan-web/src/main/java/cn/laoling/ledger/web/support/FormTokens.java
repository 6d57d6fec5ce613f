package cn.laoling.ledger.web.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Gives every form that changes something a one-time token, next to the CSRF token;
 * {@link FormTokenClaims} remembers what became of each, so that a form sent twice (a
 * double click, the browser's back button and send again) is carried out once.
 */
public final class FormTokens implements RequestDataValueProcessor {

	public static final String PARAMETER = "_formToken";

	private static final String GET_FORM = FormTokens.class.getName() + ".GET_FORM";

	private static final String ACTION = FormTokens.class.getName() + ".ACTION";

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

}
