package cn.laoling.ledger.web.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

import cn.laoling.ledger.web.support.ShortText;

/**
 * What an edit changed, for the audit log: 字段：原值 → 新值, one per changed field, in Chinese
 * field names, long texts cut short. Fields that did not change are left out. Started by
 * {@link AuditTrail#changes()}.
 */
public final class AuditChanges {

	private final BiFunction<String, Object[], String> messages;

	private final List<String> changes = new ArrayList<>();

	AuditChanges(BiFunction<String, Object[], String> messages) {
		this.messages = messages;
	}

	/**
	 * Adds the field, named by the message of {@code label}, if its value changed.
	 */
	public AuditChanges field(String label, Object before, Object after) {
		String was = text(before);
		String is = text(after);
		if (!Objects.equals(was, is)) {
			this.changes.add(this.messages.apply("audit.change",
					new Object[] { this.messages.apply(label, new Object[0]), was, is }));
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
		String text = (value == null) ? "" : value.toString().strip().replaceAll("\\s+", " ");
		return text.isEmpty() ? this.messages.apply("audit.change.empty", new Object[0]) : ShortText.of(text);
	}

}
