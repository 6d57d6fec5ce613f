package cn.laoling.ledger.web.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

import cn.laoling.ledger.web.support.UploadLimit;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.ImpossibleIdException;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;

/**
 * What the domain refuses, as pages in the site's style: not found (or not visible) is
 * 404, an outdated edit 409. Forms handle their own refusals; this catches the rest: an
 * id no record can have is 404, a list row past the binder's limit 400, and what the
 * database refuses as a value (400) or as a clash with another record (409, a name taken
 * by a request that came at the same moment).
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

	@ExceptionHandler(ImpossibleIdException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String impossibleId(ImpossibleIdException ex) {
		log.debug("Not found, an impossible id: {}", ex.getMessage());
		return "error/404";
	}

	/** {@code rows[300].name}: past the 256 rows a form may grow to. */
	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String unboundField(InvalidPropertyException ex) {
		log.info("Refused a field that cannot be bound: {}", ex.getMessage());
		return "error/400";
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ModelAndView databaseRefused(DataIntegrityViolationException ex) {
		DatabaseRefusal refusal = DatabaseRefusal.of(ex);
		log.info("Refused by the database ({}): {}", refusal, ex.getMostSpecificCause().getMessage());
		ModelAndView page = new ModelAndView(refusal.page(), refusal.status());
		refusal.text().ifPresent((text) -> page.addObject("errorText", text));
		return page;
	}

	@ExceptionHandler(DomainRuleException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String ruleRefused(DomainRuleException ex) {
		log.info("Refused by a rule: {}", ex.getMessage());
		return "error/409";
	}

}
