package cn.laoling.ledger.web.support;

/** A task's text cut short where a sentence names it: a notice's problems, a reminder. */
public final class ShortText {

	/** How many characters of a task's text name it. */
	public static final int LENGTH = 30;

	private ShortText() {
	}

	public static String of(String text) {
		return (text.length() > LENGTH) ? text.substring(0, LENGTH) + "…" : text;
	}

}
