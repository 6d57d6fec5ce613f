package cn.laoling.ledger.web.planimport;

import java.util.ArrayList;
import java.util.List;

import cn.laoling.ledger.plan.document.ParseWarning;
import cn.laoling.ledger.plan.document.ParsedTask;
import cn.laoling.ledger.plan.document.PlanParse;

/**
 * The parser's warnings as the preview shows them: every one in the list above the form,
 * and those about a task also on that task's card, where the office corrects it.
 *
 * @param all in the parser's order, each with the index of the task card it is about
 * @param byTask the words of each task's warnings, by the index of its card
 */
record PreviewWarnings(List<Item> all, List<List<String>> byTask) {

	/**
	 * @param task the index of the task card, or -1 for the whole document
	 */
	record Item(String text, int task) {

		public boolean aboutTask() {
			return this.task >= 0;
		}

	}

	static PreviewWarnings of(PlanParse parse, ParseTexts texts) {
		List<ParsedTask> tasks = parse.tasks();
		List<Item> all = new ArrayList<>();
		for (ParseWarning warning : parse.warnings()) {
			int task = -1;
			for (int i = 0; i < tasks.size() && task < 0; i++) {
				if (warning.isAbout(tasks.get(i))) {
					task = i;
				}
			}
			all.add(new Item(texts.warning(warning), task));
		}
		List<List<String>> byTask = tasks.stream()
			.map((t) -> parse.warningsAbout(t).stream().map(texts::warning).toList())
			.toList();
		return new PreviewWarnings(all, byTask);
	}

	/** The words of the warnings about the task on card {@code index}. */
	public List<String> at(int index) {
		return (index < this.byTask.size()) ? this.byTask.get(index) : List.of();
	}

}
