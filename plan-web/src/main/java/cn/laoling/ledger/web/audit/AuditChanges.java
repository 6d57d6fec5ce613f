package cn.laoling.ledger.web.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import cn.laoling.ledger.web.support.ShortText;

/**
 * What an edit changed, for the audit log: 字段：原值 → 新值, one per changed field, in Chinese
 * field names, long texts cut short. Fields that did not change are left out. Started by
 * {@link AuditTrail#changes()}.
 */
public final class AuditChanges {

	/** How many characters before the first difference an excerpt shows. */
	private static final int CONTEXT = 8;

	private static final String ELLIPSIS = "…";

	private final BiFunction<String, Object[], String> messages;

	private final List<String> changes = new ArrayList<>();

	AuditChanges(BiFunction<String, Object[], String> messages) {
		this.messages = messages;
	}

	/**
	 * Adds the field, named by the message of {@code label}, if its value changed.
	 */
	public AuditChanges field(String label, Object before, Object after) {
		String was = plain(before);
		String is = plain(after);
		if (!was.equals(is)) {
			int from = commonPrefix(was, is);
			this.changes.add(this.messages.apply("audit.change",
					new Object[] { this.messages.apply(label, new Object[0]), excerpt(was, from), excerpt(is, from) }));
		}
		return this;
	}

	/** Adds a sentence of its own, from its message: 新增任务3项. */
	public AuditChanges note(String code, Object... arguments) {
		this.changes.add(this.messages.apply(code, arguments));
		return this;
	}

	/** Adds a field's value as it is (what a new object was created with): 字段：值. */
	public AuditChanges value(String label, Object value) {
		this.changes.add(this.messages.apply("audit.value",
				new Object[] { this.messages.apply(label, new Object[0]), text(value) }));
		return this;
	}

	/**
	 * Adds the field if it changed, its values named by the messages of their codes (a
	 * status, a role); a {@code null} code is no value.
	 */
	public AuditChanges coded(String label, String beforeCode, String afterCode) {
		return field(label, (beforeCode == null) ? null : this.messages.apply(beforeCode, new Object[0]),
				(afterCode == null) ? null : this.messages.apply(afterCode, new Object[0]));
	}

	public boolean isEmpty() {
		return this.changes.isEmpty();
	}

	/** The changes as the detail of an audit row; 内容未变 when there are none. */
	@Override
	public String toString() {
		return this.changes.isEmpty() ? this.messages.apply("audit.change.none", new Object[0])
				: String.join(this.messages.apply("audit.change.separator", new Object[0]), this.changes);
	}

	private String text(Object value) {
		return excerpt(plain(value), 0);
	}

	private static String plain(Object value) {
		return (value == null) ? "" : value.toString().strip().replaceAll("\\s+", " ");
	}

	/**
	 * A long text cut short around where it starts to differ from the other value, so
	 * that a change past the first words still shows.
	 */
	private String excerpt(String text, int from) {
		if (text.isEmpty()) {
			return this.messages.apply("audit.change.empty", new Object[0]);
		}
		int start = (from <= CONTEXT) ? 0 : Math.min(from - CONTEXT, Math.max(0, text.length() - ShortText.LENGTH));
		String tail = ShortText.of(text.substring(start));
		return (start > 0) ? ELLIPSIS + tail : tail;
	}

	private static int commonPrefix(String a, String b) {
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

}
