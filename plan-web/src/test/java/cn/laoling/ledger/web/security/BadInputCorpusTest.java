package cn.laoling.ledger.web.security;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.web.DemoLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile values in every field of every form and in every id of every path: each is
 * answered with one of our own refusals (400, 403, 404, 409) or accepted as harmless,
 * never with a 500 or a stack trace. The endpoints and the users allowed on them come
 * from {@link EndpointMatrixTest}; the fields from the handler methods themselves
 * ({@code @RequestParam}s and the properties of form objects, list rows included), so a
 * new form or field is in the corpus without being listed here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputCorpusTest {

	/** PostgreSQL keeps no NUL in text; a browser never sends one. */
	static final String NUL = "进度\u0000说明";

	static final List<String> BAD_NUMBERS = List.of("1e400", "-1", "9223372036854775808", "");

	static final List<String> BAD_DATES = List.of("0000-01-01", "99999-01-01", "+99999-01-01", "");

	static final List<String> BAD_CHOICES = List.of("", "NOPE");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DemoLedger demo;

	private EndpointMatrixTest matrix;

	/** One bad value in one place, and how it was answered. */
	record Case(String endpoint, String user, String field, String value) {

		@Override
		public String toString() {
			return this.user + " " + this.endpoint + " " + this.field + "=" + printable(this.value);
		}

		private static String printable(String value) {
			return value.replace("\u0000", "\\u0000");
		}

	}

	@Test
	void noFieldOfAnyFormAnswersWithAServerError() throws Exception {
		List<String> failures = new ArrayList<>();
		int cases = 0;
		for (Map.Entry<String, HandlerMethod> endpoint : handlers().entrySet()) {
			String user = allowedUser(endpoint.getKey());
			if (user == null) {
				continue;
			}
			for (Map.Entry<String, Class<?>> field : fields(endpoint.getValue()).entrySet()) {
				// one request (and its scratch records) per field, sent once per bad
				// value
				AtomicReference<Case> current = new AtomicReference<>();
				MockHttpServletRequestBuilder request = matrix().request(endpoint.getKey(), user)
					.builder()
					.with(csrf())
					.with((sent) -> {
						sent.setParameter(current.get().field(), current.get().value());
						return sent;
					});
				for (String value : badValuesFor(field.getValue())) {
					current.set(new Case(endpoint.getKey(), user, field.getKey(), value));
					cases++;
					String failure = answer(current.get(), request);
					if (failure != null) {
						failures.add(failure);
					}
				}
			}
		}
		assertThat(cases).as("cases in the corpus").isGreaterThan(300);
		assertThat(failures).as(failures.size() + " of " + cases + " form cases").isEmpty();
	}

	@Test
	void noIdInAnyPathAnswersWithAServerError() throws Exception {
		List<String> failures = new ArrayList<>();
		int cases = 0;
		for (String endpoint : EndpointMatrixTest.table().keySet()) {
			String user = allowedUser(endpoint);
			if (user == null || !endpoint.contains("Id}")) {
				continue;
			}
			for (String id : List.of("0", "-1", "9223372036854775807", "99999999999999999999", "%00")) {
				String[] parts = endpoint.split(" ");
				String path = parts[1].replaceAll("\\{[a-zA-Z]+Id}|\\{target}|\\{year}", id)
					.replace("{day}", "2031-05-01");
				MockHttpServletRequestBuilder builder = parts[0].equals("POST") ? post(path).param("version", "0")
						: get(path);
				cases++;
				String failure = answer(new Case(endpoint, user, "path", id),
						builder.with(this.demo.as(user)).with(csrf()));
				if (failure != null) {
					failures.add(failure);
				}
			}
		}
		assertThat(failures).as(failures.size() + " of " + cases + " path cases").isEmpty();
	}

	/** Nothing but a refusal of our own or a harmless success; NUL is always refused. */
	private String answer(Case badCase, MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			return badCase + " threw " + rootCause(ex);
		}
		int status = response.getStatus();
		if (status >= 500) {
			return badCase + " answered " + status + " " + response.getErrorMessage();
		}
		if (badCase.value().contains("\u0000") && status != 400) {
			return badCase + " answered " + status + " instead of refusing the NUL";
		}
		String body = response.getContentAsString().replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
		if (body.contains("Exception") || body.contains("at cn.laoling") || body.contains("PSQL")) {
			return badCase + " showed a stack trace";
		}
		return null;
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName() + ": " + cause.getMessage();
	}

	private EndpointMatrixTest matrix() {
		if (this.matrix == null) {
			this.matrix = new EndpointMatrixTest();
			this.context.getAutowireCapableBeanFactory().autowireBean(this.matrix);
		}
		return this.matrix;
	}

	/** The first user the matrix lets do what the endpoint does. */
	private static String allowedUser(String endpoint) {
		List<String> answers = EndpointMatrixTest.table().get(endpoint);
		if (answers == null) {
			return null;
		}
		int allowed = answers.contains("ok") ? answers.indexOf("ok") : answers.indexOf("404");
		return (allowed < 0) ? null : EndpointMatrixTest.USERS.get(allowed);
	}

	private Map<String, HandlerMethod> handlers() {
		Map<String, HandlerMethod> handlers = new LinkedHashMap<>();
		this.context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods()
				.forEach((info, method) -> EndpointMatrixTest.endpoints(info)
					.forEach((endpoint) -> handlers.put(endpoint, method))));
		return handlers;
	}

	/** Parameter names a form sends, with the type each binds to. */
	static Map<String, Class<?>> fields(HandlerMethod method) {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (parameter.hasParameterAnnotation(PathVariable.class) || isInfrastructure(type)) {
				continue;
			}
			if (requestParam != null) {
				String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
				fields.put(name, elementType(parameter.getGenericParameterType(), type));
			}
			else if (!BeanUtils.isSimpleProperty(type) && !type.getPackageName().startsWith("java")) {
				addProperties("", type, fields, 0);
			}
		}
		return fields;
	}

	private static void addProperties(String prefix, Class<?> type, Map<String, Class<?>> fields, int depth) {
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() == null) {
				continue;
			}
			Class<?> propertyType = property.getPropertyType();
			String name = prefix + property.getName();
			if (Collection.class.isAssignableFrom(propertyType)) {
				Class<?> element = elementType(property.getWriteMethod().getGenericParameterTypes()[0], Object.class);
				if (BeanUtils.isSimpleProperty(element) || element.isEnum()) {
					fields.put(name, element);
				}
				else if (depth < 2) {
					// a row past Spring's limit of 256 grown list elements
					addProperties(name + "[300].", element, fields, depth + 1);
					addProperties(name + "[0].", element, fields, depth + 1);
				}
			}
			else if (BeanUtils.isSimpleProperty(propertyType)) {
				fields.put(name, propertyType);
			}
		}
	}

	private static Class<?> elementType(Type generic, Class<?> fallback) {
		if (generic instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return fallback;
	}

	private static boolean isInfrastructure(Class<?> type) {
		return Model.class.isAssignableFrom(type) || BindingResult.class.isAssignableFrom(type)
				|| RedirectAttributes.class.isAssignableFrom(type) || MultipartFile.class.isAssignableFrom(type)
				|| type.getName().startsWith("jakarta.") || type.getSimpleName().equals("Viewer")
				|| type.getName().startsWith("org.springframework")
				|| java.security.Principal.class.isAssignableFrom(type);
	}

	static List<String> badValuesFor(Class<?> type) {
		List<String> values = new ArrayList<>();
		if (type == String.class) {
			values.add(NUL);
			values.add("长".repeat(40_000));
		}
		else if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			values.addAll(BAD_NUMBERS);
		}
		else if (type == LocalDate.class) {
			values.addAll(BAD_DATES);
		}
		else if (type.isEnum() || type == boolean.class || type == Boolean.class) {
			values.addAll(BAD_CHOICES);
		}
		else {
			values.add(NUL);
		}
		return new ArrayList<>(new TreeSet<>(values));
	}

}
