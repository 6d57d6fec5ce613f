package cn.laoling.ledger.web.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import cn.laoling.ledger.web.support.UploadLimit;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;

/**
 * What the domain refuses, as pages in the site's style: not found (or not visible) is
 * 404, an outdated edit 409. Forms handle their own refusals; this catches the rest.
 */
@ControllerAdvice
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException ex) {
		log.debug("Not found: {}", ex.getMessage());
		return "error/404";
	}

	@ExceptionHandler(StaleEditException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(StaleEditException ex) {
		log.info("Refused a stale edit: {}", ex.getMessage());
		return "error/409";
	}

	/** An upload over the limit never reaches its controller: back to its page. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		log.info("Refused an upload over the size limit: {}", ex.getMessage());
		return "redirect:" + UploadLimit.pageOf(request);
	}

	@ExceptionHandler(DomainRuleException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String ruleRefused(DomainRuleException ex) {
		log.info("Refused by a rule: {}", ex.getMessage());
		return "error/409";
	}

}
