package cn.laoling.ledger.web.error;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import cn.laoling.ledger.web.support.UploadSlots;
import cn.laoling.ledger.web.support.UploadsBusy;

/**
 * An upload that found every reading slot taken: 503 with a page asking to send it again
 * shortly; nothing was read or written.
 */
@ControllerAdvice
class UploadBusyPage {

	private static final Logger log = LoggerFactory.getLogger(UploadBusyPage.class);

	@ExceptionHandler(UploadsBusy.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String busy(UploadsBusy ex, HttpServletResponse response) {
		log.info("Refused an upload: all {} reading slots stayed taken for {}", UploadSlots.PARALLEL, UploadSlots.WAIT);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Duration.ofSeconds(10).toSeconds()));
		return "error/busy";
	}

}
