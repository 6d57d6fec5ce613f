package cn.laoling.ledger.web.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Fragments of pages rendered once and kept while what they show is unchanged, for pages
 * many people read between changes (the overview, a plan's ledger). A fragment is kept
 * under a key that names everything it shows; it must not hold anything of one session (a
 * form token, a name).
 */
@Component
public class RenderedFragments {

	/**
	 * The page that shows a kept fragment (the model's {@code body}) in the layout, under
	 * the model's {@code title}, else the message {@code titleKey}.
	 */
	public static final String PAGE = "fragments/kept";

	/** Fragments kept; the least recently used goes first. */
	static final int KEPT = 256;

	private final ThymeleafViewResolver views;

	private final Map<String, String> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > KEPT;
		}

	};

	RenderedFragments(ThymeleafViewResolver views) {
		this.views = views;
	}

	/**
	 * The fragment ({@code template :: selector}) kept under the key, else rendered with
	 * the model the supplier gives and kept.
	 */
	public String get(String key, String fragment, Supplier<Map<String, ?>> model, HttpServletRequest request,
			HttpServletResponse response) {
		synchronized (this.kept) {
			String html = this.kept.get(fragment + "\u0000" + key);
			if (html != null) {
				return html;
			}
		}
		String html = render(fragment, model.get(), request, response);
		synchronized (this.kept) {
			this.kept.put(fragment + "\u0000" + key, html);
		}
		return html;
	}

	/**
	 * The fragment rendered with the model, not kept: for what one request alone shows.
	 */
	public String render(String fragment, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			Locale locale = RequestContextUtils.getLocale(request);
			View view = this.views.resolveViewName(fragment, locale);
			Captured captured = new Captured(response);
			view.render(model, request, captured);
			return captured.text();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Rendering " + fragment + " failed", ex);
		}
	}

	/** A response whose text is kept instead of sent. */
	private static final class Captured extends HttpServletResponseWrapper {

		private final StringWriter text = new StringWriter();

		private final PrintWriter writer = new PrintWriter(this.text);

		Captured(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		String text() {
			this.writer.flush();
			return this.text.toString();
		}

	}

}
