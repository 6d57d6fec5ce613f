package cn.laoling.ledger.web.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

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
 * by a request that came at the same moment). Each is answered through the container's
 * error page, as a 403 is, so that the page has the user's navigation like any other.
 */
@ControllerAdvice
class ErrorPages {

	/** The message key the error page shows instead of its usual text. */
	private static final String TEXT = "errorText";

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	@ExceptionHandler({ NotFoundException.class, ImpossibleIdException.class })
	void notFound(RuntimeException ex, HttpServletResponse response) throws IOException {
		log.debug("Not found: {}", ex.getMessage());
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/**
	 * An id in the address that is no number ({@code /tasks/abc}, {@code /tasks/1e30})
	 * names nothing, as an id no record has; a field that is no number is the form's
	 * fault.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void mistyped(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		log.debug("Not a value of its type: {}", ex.getMessage());
		boolean inPath = ex.getParameter().hasParameterAnnotation(PathVariable.class);
		response.sendError(inPath ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
	}

	@ExceptionHandler(StaleEditException.class)
	void conflict(StaleEditException ex, HttpServletResponse response) throws IOException {
		log.info("Refused a stale edit: {}", ex.getMessage());
		response.sendError(HttpStatus.CONFLICT.value());
	}

	/** An upload over the limit never reaches its controller: back to its page. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		log.info("Refused an upload over the size limit: {}", ex.getMessage());
		return "redirect:" + UploadLimit.pageOf(request);
	}

	/** {@code rows[300].name}: past the 256 rows a form may grow to. */
	@ExceptionHandler(InvalidPropertyException.class)
	void unboundField(InvalidPropertyException ex, HttpServletResponse response) throws IOException {
		log.info("Refused a field that cannot be bound: {}", ex.getMessage());
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	void databaseRefused(DataIntegrityViolationException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		DatabaseRefusal refusal = DatabaseRefusal.of(ex);
		log.info("Refused by the database ({}): {}", refusal, ex.getMostSpecificCause().getMessage());
		refusal.text().ifPresent((text) -> request.setAttribute(TEXT, text));
		response.sendError(refusal.status().value());
	}

	@ExceptionHandler(DomainRuleException.class)
	void ruleRefused(DomainRuleException ex, HttpServletResponse response) throws IOException {
		log.info("Refused by a rule: {}", ex.getMessage());
		response.sendError(HttpStatus.CONFLICT.value());
	}

}
