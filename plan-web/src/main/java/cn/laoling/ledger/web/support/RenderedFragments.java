package cn.laoling.ledger.web.support;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
 * form token, a name). It is kept as the bytes sent, so that showing it again costs no
 * more than writing them.
 */
@Component
public class RenderedFragments {

	/**
	 * The page a kept fragment is shown in: the layout, under the model's {@code title},
	 * else the message {@code titleKey}.
	 */
	static final String PAGE = "fragments/kept";

	/** Where the page's layout takes the fragment: a comment no template writes. */
	private static final String PLACE = "<!--kept fragment-->";

	private static final String HTML = "text/html;charset=UTF-8";

	private final ThymeleafViewResolver views;

	private final KeptPages kept;

	RenderedFragments(ThymeleafViewResolver views, KeptPages kept) {
		this.views = views;
		this.kept = kept;
	}

	/**
	 * The page showing the fragment ({@code template :: selector}) kept under the key,
	 * else rendered with the model the supplier gives and kept ({@link KeptPages}: once,
	 * however many ask at once); a {@code null} key shows what this request alone asked
	 * for (a search), rendered and not kept.
	 */
	public View page(String key, String fragment, Supplier<Map<String, ?>> model, HttpServletRequest request,
			HttpServletResponse response) {
		if (key == null) {
			return new Page(utf8(render(fragment, model.get(), request, response)));
		}
		return new Page(this.kept.get(fragment, key, () -> utf8(render(fragment, model.get(), request, response))));
	}

	private String render(String fragment, Map<String, ?> model, HttpServletRequest request,
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

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The layout, rendered for this request (its user, their notifications, a message),
	 * around the fragment's bytes.
	 */
	private final class Page implements View {

		private final byte[] fragment;

		Page(byte[] fragment) {
			this.fragment = fragment;
		}

		@Override
		public String getContentType() {
			return HTML;
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			Map<String, Object> layoutModel = new HashMap<>(model);
			layoutModel.put("body", PLACE);
			String layout = RenderedFragments.this.render(PAGE, layoutModel, request, response);
			int place = layout.indexOf(PLACE);
			byte[] before = utf8(layout.substring(0, place));
			byte[] after = utf8(layout.substring(place + PLACE.length()));
			response.setContentType(HTML);
			response.setContentLength(before.length + this.fragment.length + after.length);
			OutputStream out = response.getOutputStream();
			out.write(before);
			out.write(this.fragment);
			out.write(after);
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
