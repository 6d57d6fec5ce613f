package cn.laoling.ledger.web.support;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

/**
 * Refuses an upload whose form carries a NUL character in a text field (a pasted plan, a
 * chosen plan), as {@link NulBytes} refuses any other form: the dispatcher has read the
 * upload's fields by the time this runs, and nothing else has. Runs first, so that no
 * form token is spent on it; the error page that answers it is not refused again.
 */
@Configuration(proxyBeanMethods = false)
class NulBytesInUploads implements WebMvcConfigurer, HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(NulBytesInUploads.class);

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		MultipartHttpServletRequest upload = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (request.getDispatcherType() == DispatcherType.REQUEST && upload != null
				&& NulBytes.carriesNul(upload.getParameterMap())) {
			log.info("Refused an upload to {} with a NUL character in a field", request.getRequestURI());
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return false;
		}
		return true;
	}

}
