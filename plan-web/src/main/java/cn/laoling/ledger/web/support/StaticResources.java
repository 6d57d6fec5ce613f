package cn.laoling.ledger.web.support;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, served only under their own paths: with Spring Boot's catch-all
 * {@code /**} mapping, every link on every page was looked up on the classpath as a
 * possible static file to version (a third of a page's rendering time).
 * <p>
 * Pages link every file by a URL that changes with its content: a WebJar's by its version
 * ({@code /webjars/bootstrap/5.3.8/…}), our own by a hash of the file
 * ({@code /css/ledger-<md5>.css}), both written into the page by Spring's
 * {@code ResourceUrlEncodingFilter} from the plain {@code @{/css/ledger.css}}. A browser
 * keeps such a file for a year without asking again. The plain URL still answers, but
 * must be checked again on every use, since the same URL gets other content with the next
 * release. Pages themselves stay {@code no-store} (Spring Security's header): they show
 * personal data.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/** A URL that names its content: kept for a year, never checked again. */
	static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** A URL whose content changes with a release: kept, but checked on every use. */
	static final CacheControl PLAIN = CacheControl.noCache().cachePublic();

	/**
	 * The hash of a file's content that Spring's content strategy puts in its name (a
	 * path pattern's regex stays within one segment: no "/" in it).
	 */
	private static final String HASH = "-[0-9a-f]{32}\\.";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// a WebJar's version is the path segment after its name and starts with a digit
		registry.addResourceHandler("/webjars/{webjar}/{version:\\d[\\w.-]*}/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(VERSIONED)
			.resourceChain(true);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(PLAIN)
			.resourceChain(true);
		serveVersioned(registry, "classpath:/static/css/", "/css/**", "/css/{file:[\\w.-]+" + HASH + "css}");
		serveVersioned(registry, "classpath:/static/js/", "/js/**", "/js/{file:[\\w.-]+" + HASH + "js}");
		// the favicon alone at the root (a browser asks for /favicon.ico where a page
		// names none)
		serveVersioned(registry, "classpath:/static/", "/favicon*.ico", "/{icon:favicon" + HASH + "ico}");
	}

	/**
	 * Our own files at a location, by their plain names ({@code plain}) and by their
	 * names with the hash of their content ({@code versioned}).
	 */
	private static void serveVersioned(ResourceHandlerRegistry registry, String location, String plain,
			String versioned) {
		registry.addResourceHandler(versioned)
			.addResourceLocations(location)
			.setCacheControl(VERSIONED)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler(plain)
			.addResourceLocations(location)
			.setCacheControl(PLAIN)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
