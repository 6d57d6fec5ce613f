package cn.laoling.ledger.plan.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a document's items read as sequences, so that a task is never lost
 * silently: a number skipped ({@code 1、2、4}), or a task whose words hold the next number
 * at the start of a sentence or line ({@code …。4.建立…}). A sequence is the items of one
 * numbering ({@code 一、}, {@code （一）}, {@code 1.}, {@code (1)}, {@code ①}) in document
 * order; in a new part it either goes on or starts again at 1.
 */
final class TaskNumbering {

	private static final int EXCERPT = 20;

	private static final String SENTENCE_START = "(?m)(?:^|[。；;！!？?])\\s*";

	private final Map<OutlineNode, List<Integer>> skipped = new HashMap<>();

	private final Map<OutlineNode, OutlineNode> next = new HashMap<>();

	TaskNumbering(OutlineNode root) {
		Map<Heading.Numbering, OutlineNode> last = new EnumMap<>(Heading.Numbering.class);
		Map<Heading.Numbering, Set<OutlineNode>> restartingUnder = new EnumMap<>(Heading.Numbering.class);
		for (OutlineNode node : root.subtree()) {
			if (node.heading == null || node.heading.ordinal() <= 0) {
				continue;
			}
			OutlineNode previous = last.put(node.heading.numbering(), node);
			if (previous == null) {
				this.skipped.put(node, skipped(1, node));
				continue;
			}
			this.next.put(previous, node);
			Set<OutlineNode> restarting = restartingUnder.computeIfAbsent(node.heading.numbering(),
					(n) -> new HashSet<>());
			boolean newPart = previous.parent != node.parent;
			if (newPart && previous.parent.parent == node.parent.parent && node.heading.ordinal() == 1) {
				restarting.add(node.parent.parent);
			}
			int after = previous.heading.ordinal();
			boolean goesOn = !newPart || (node.heading.ordinal() > after && !restarting.contains(node.parent.parent));
			this.skipped.put(node, skipped(goesOn ? after + 1 : 1, node));
		}
	}

	/**
	 * Under the same heading the numbers go on; in a new part they go on or start again
	 * at 1, and start again in every part once one part under the same heading has done
	 * so.
	 */
	private static List<Integer> skipped(int expected, OutlineNode node) {
		List<Integer> missing = new ArrayList<>();
		for (int i = expected; i < node.heading.ordinal(); i++) {
			missing.add(i);
		}
		return missing;
	}

	/** The numbers missing just before this item, in order; empty when none is. */
	List<Integer> skippedBefore(OutlineNode item) {
		return this.skipped.getOrDefault(item, List.of());
	}

	/**
	 * The words of an item from where they seem to hold the next item: {@code 4.建立…} in
	 * {@code …。4.建立…}, or a line of its own starting {@code 4、}. Only when no item of
	 * that number follows, and not in a list of the item's own ({@code 1.…；2.…；3.…；4.…}).
	 * @param original the item's words, lines joined by {@code \n}
	 * @param simplified the same words in simplified characters
	 */
	Optional<String> nextInside(OutlineNode item, String original, String simplified) {
		int number = item.heading.ordinal();
		OutlineNode following = this.next.get(item);
		if (number <= 0 || (following != null && following.heading.ordinal() == number + 1)) {
			return Optional.empty();
		}
		Heading.Numbering numbering = item.heading.numbering();
		Matcher start = startOf(numbering, number + 1).matcher(simplified);
		if (!start.find() || startOf(numbering, number).matcher(simplified).region(0, start.start()).find()) {
			return Optional.empty();
		}
		return Optional.of(excerpt(original, start.start(1)));
	}

	/**
	 * The words from a place to the end of their sentence, or the first few and
	 * {@code …}.
	 */
	static String excerpt(String text, int from) {
		int end = Math.min(text.length(), from + EXCERPT);
		for (int i = from; i < end; i++) {
			if ("。；;\n".indexOf(text.charAt(i)) >= 0) {
				return text.substring(from, i).strip();
			}
		}
		return text.substring(from, end).strip() + ((end < text.length()) ? "…" : "");
	}

	private static Pattern startOf(Heading.Numbering numbering, int number) {
		return Pattern.compile(SENTENCE_START + "(" + numbering.mark(number) + ")");
	}

}
