package cn.laoling.ledger.web.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The body of a page kept by {@link RenderedFragments}, as the page shows it. */
public final class KeptBody {

	private static final Pattern BODY = Pattern.compile("<div id=\"kept\">(.*?)</div>\\s*</main>", Pattern.DOTALL);

	private KeptBody() {
	}

	public static String of(String page) {
		Matcher matcher = BODY.matcher(page);
		assertThat(matcher.find()).as("the page's kept body").isTrue();
		return matcher.group(1);
	}

}
