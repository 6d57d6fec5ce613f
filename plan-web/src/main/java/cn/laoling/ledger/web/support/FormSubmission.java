package cn.laoling.ledger.web.support;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.StaleEditException;

/**
 * Post/Redirect/Get for a form: the action runs only on valid input and answers its
 * redirect; whatever the service refuses lands on the form, beside the user's input,
 * which is shown again (with 409 when someone else changed the record first).
 */
public final class FormSubmission {

	public static final String CONFLICT = "conflict.stale";

	private FormSubmission() {
	}

	public static String submit(BindingResult result, HttpServletResponse response, Supplier<String> action,
			Supplier<String> formAgain) {
		return submit(result, response, action, formAgain, CONFLICT);
	}

	/** As above, saying {@code conflict} when someone else changed the record first. */
	public static String submit(BindingResult result, HttpServletResponse response, Supplier<String> action,
			Supplier<String> formAgain, String conflict) {
		return submit(result, response, () -> {
		}, action, formAgain, conflict);
	}

	/**
	 * As above, and {@code checks} (which change nothing) run even when the form's own
	 * validation failed: what they refuse is shown beside those errors, so that the user
	 * sees every problem of the form at once instead of one per submission.
	 */
	public static String submit(BindingResult result, HttpServletResponse response, Runnable checks,
			Supplier<String> action, Supplier<String> formAgain) {
		return submit(result, response, checks, action, formAgain, CONFLICT);
	}

	private static String submit(BindingResult result, HttpServletResponse response, Runnable checks,
			Supplier<String> action, Supplier<String> formAgain, String conflict) {
		try {
			checks.run();
		}
		catch (FormRejection ex) {
			reject(result, ex);
		}
		if (result.hasErrors()) {
			return formAgain.get();
		}
		try {
			return action.get();
		}
		catch (StaleEditException ex) {
			result.reject(conflict);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		catch (FormRejection ex) {
			reject(result, ex);
		}
		catch (DomainRuleException ex) {
			result.reject("rule." + ex.code(), ex.getMessage());
		}
		return formAgain.get();
	}

	/**
	 * Shows each problem at its field, unless the form's own validation already put an
	 * error there or in the same line of a list (a blank name is not also an unknown one,
	 * a negative value not also a wrong target).
	 */
	private static void reject(BindingResult result, FormRejection rejection) {
		Set<String> invalid = result.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
		for (FormRejection.Problem problem : rejection.problems()) {
			if (problem.field() == null) {
				result.reject(problem.code(), problem.arguments(), problem.code());
			}
			else if (!invalid.contains(problem.field()) && !lineHasError(invalid, problem.field())) {
				result.rejectValue(problem.field(), problem.code(), problem.arguments(), problem.code());
			}
		}
	}

	private static boolean lineHasError(Set<String> invalid, String field) {
		int line = field.lastIndexOf("].");
		if (line < 0) {
			return false;
		}
		String prefix = field.substring(0, line + 2);
		return invalid.stream().anyMatch((other) -> other.startsWith(prefix));
	}

	/**
	 * A change made by a button (no form to show again): it runs, and the page redirected
	 * to says that it was done, or why nothing was — {@code conflict} when someone else
	 * changed the record first.
	 * @return {@code redirect}, the page to go back to
	 */
	public static String decide(RedirectAttributes attributes, String done, String conflict, Runnable change,
			String redirect) {
		try {
			change.run();
			attributes.addFlashAttribute("message", done);
		}
		catch (StaleEditException ex) {
			attributes.addFlashAttribute("error", conflict);
		}
		catch (DomainRuleException ex) {
			attributes.addFlashAttribute("error", "rule." + ex.code());
		}
		return redirect;
	}

	/**
	 * As {@link #decide}, for a change after which the page it was made on is gone (a
	 * record deleted): the change answers where to go when done, and the user goes
	 * {@code back} when nothing was done.
	 */
	public static String decideAndLeave(RedirectAttributes attributes, String done, String conflict,
			Supplier<String> change, String back) {
		String[] next = { back };
		decide(attributes, done, conflict, () -> next[0] = change.get(), back);
		return next[0];
	}

}
