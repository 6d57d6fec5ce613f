package cn.laoling.ledger.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Input the form validation could not catch on its own (an unknown unit name, a name
 * already taken): the controller shows it at the field with a message from
 * {@code messages.properties}. One rejection may carry the problems of several fields
 * (collected with {@link Problems}), so that the form shows them all at once.
 */
public class FormRejection extends RuntimeException {

	private final transient List<Problem> problems;

	public FormRejection(String field, String code, Object... arguments) {
		this(List.of(new Problem(field, code, arguments)));
	}

	private FormRejection(List<Problem> problems) {
		super(problems.get(0).code() + " at " + problems.get(0).field()
				+ ((problems.size() > 1) ? " and " + (problems.size() - 1) + " more" : ""));
		this.problems = List.copyOf(problems);
	}

	/** Every problem, in the order found. */
	public List<Problem> problems() {
		return this.problems;
	}

	/** The first problem's field. */
	public String field() {
		return this.problems.get(0).field();
	}

	/** The first problem's message code. */
	public String code() {
		return this.problems.get(0).code();
	}

	/** The first problem's message arguments. */
	public Object[] arguments() {
		return this.problems.get(0).arguments();
	}

	/**
	 * One refused input: the field it is shown at ({@code null}: the form as a whole) and
	 * the message saying why.
	 */
	public record Problem(String field, String code, Object[] arguments) {

	}

	/**
	 * The problems of a form's several fields, collected while each field is checked, and
	 * refused together at the end.
	 */
	public static final class Problems {

		private final List<Problem> found = new ArrayList<>();

		public void add(String field, String code, Object... arguments) {
			this.found.add(new Problem(field, code, arguments));
		}

		/**
		 * Runs one check; its rejection is kept instead of thrown.
		 * @return what the check answered, {@code null} when it refused
		 */
		public <T> T check(Supplier<T> check) {
			try {
				return check.get();
			}
			catch (FormRejection ex) {
				this.found.addAll(ex.problems());
				return null;
			}
		}

		/**
		 * Runs one check that answers nothing; its rejection is kept instead of thrown.
		 */
		public void check(Runnable check) {
			check(() -> {
				check.run();
				return null;
			});
		}

		public boolean isEmpty() {
			return this.found.isEmpty();
		}

		/** Refuses the form with every problem found, if there is one. */
		public void refuseIfAny() {
			if (!this.found.isEmpty()) {
				throw new FormRejection(this.found);
			}
		}

	}

}
