package cn.laoling.ledger.web.support;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
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
			result.rejectValue(ex.field(), ex.code(), ex.arguments(), ex.code());
		}
		catch (DomainRuleException ex) {
			result.reject("rule." + ex.code(), ex.getMessage());
		}
		return formAgain.get();
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
