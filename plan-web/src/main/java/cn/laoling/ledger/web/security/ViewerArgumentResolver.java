package cn.laoling.ledger.web.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a handler declare a {@link Viewer} parameter for the logged-in user. */
class ViewerArgumentResolver implements HandlerMethodArgumentResolver {

	private final Viewers viewers;

	ViewerArgumentResolver(Viewers viewers) {
		this.viewers = viewers;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(Viewer.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof LedgerUser user)) {
			throw new AccessDeniedException("no logged-in user");
		}
		return this.viewers.of(user);
	}

}
