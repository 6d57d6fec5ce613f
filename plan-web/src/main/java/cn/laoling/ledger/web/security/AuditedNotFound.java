package cn.laoling.ledger.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.web.audit.AuditTrail;

/**
 * Records every request a page answered with 404: an object of another unit or region
 * asked for by id is refused as not found (so that a probe learns nothing), and is a
 * refused access like a 403 ({@link AuditedAccessDenied}). An id that names nothing is
 * recorded alike: the two are not told apart, in the log as on the page.
 */
@Configuration(proxyBeanMethods = false)
class AuditedNotFound implements WebMvcConfigurer, HandlerInterceptor {

	static final String NOT_FOUND = "not found";

	private final AuditTrail audit;

	AuditedNotFound(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (handler instanceof HandlerMethod && request.getDispatcherType() == DispatcherType.REQUEST
				&& response.getStatus() == HttpStatus.NOT_FOUND.value()) {
			this.audit.now(AuditType.ACCESS_DENIED, AuditedAccessDenied.requested(request), AuditOutcome.FAILURE,
					NOT_FOUND);
		}
	}

}
