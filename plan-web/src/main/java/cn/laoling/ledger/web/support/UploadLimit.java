package cn.laoling.ledger.web.support;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.fileupload.impl.SizeException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload larger than the application takes back to its page with a message,
 * before anything else reads its body (one sent in chunks, without a length, is read here
 * up to the limit): once the container has tried to read an oversized body, it answers
 * with its own English error page and no filter or handler of ours runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadLimit extends OncePerRequestFilter {

	/** The largest file (20 MB) plus room for the form's other fields. */
	public static final long MAX_REQUEST_BYTES = 21L * 1024 * 1024;

	public static final String TOO_LARGE = "tooLarge";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean upload = "POST".equals(request.getMethod()) && type != null
				&& type.toLowerCase().startsWith("multipart/");
		if (upload && (request.getContentLengthLong() > MAX_REQUEST_BYTES
				|| (request.getContentLengthLong() < 0 && passesTheLimitWhileRead(request)))) {
			response.sendRedirect(pageOf(request));
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * A body sent in chunks has no length to judge beforehand: it is read here, up to the
	 * container's limit, so that passing it is answered by us. Left to the security
	 * filters, the container's refusal would be raised again on its own error page and
	 * answered with its English one.
	 */
	private static boolean passesTheLimitWhileRead(HttpServletRequest request) {
		try {
			request.getParts();
			return false;
		}
		catch (IOException | ServletException | RuntimeException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof SizeException) {
					return true;
				}
			}
			return false;
		}
	}

	/**
	 * The page the upload came from: the same address, shown again with the problem
	 * named.
	 */
	public static String pageOf(HttpServletRequest request) {
		return request.getContextPath() + request.getServletPath() + "?problem=" + TOO_LARGE;
	}

}
