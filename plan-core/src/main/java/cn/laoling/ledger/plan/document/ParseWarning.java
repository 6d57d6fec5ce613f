package cn.laoling.ledger.plan.document;

import java.util.List;

/**
 * Something the office should look at before confirming an import.
 *
 * @param code what it is about ({@code task.noLeadUnit}); the words users read come from
 * the application's messages
 * @param taskNumber the task concerned, or {@code null} for the whole document
 * @param arguments the values the message names
 */
public record ParseWarning(String code, String taskNumber, List<String> arguments) {

	public ParseWarning {
		arguments = List.copyOf(arguments);
	}

	/** Whether this warning is about that task (it names the task by its number). */
	public boolean isAbout(ParsedTask task) {
		return task.number().equals(this.taskNumber);
	}

	static ParseWarning ofDocument(String code, String... arguments) {
		return new ParseWarning(code, null, List.of(arguments));
	}

	static ParseWarning ofTask(String code, String taskNumber, String... arguments) {
		return new ParseWarning(code, taskNumber, List.of(arguments));
	}

}
