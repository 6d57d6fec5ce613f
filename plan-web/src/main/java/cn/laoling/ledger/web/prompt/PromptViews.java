package cn.laoling.ledger.web.prompt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.laoling.ledger.prompt.WorkPrompt;

/** What the prompt pages show. */
public final class PromptViews {

	private PromptViews() {
	}

	/**
	 * A prompt in the list: for the office how many units acknowledged and answered; for
	 * a liaison whether their unit did.
	 */
	public record Row(long id, String title, LocalDate respondBy, int units, int acknowledged, int answered,
			Boolean ownAcknowledged, Boolean ownAnswered, boolean overdue) {
	}

	/**
	 * The choices of the office's form: the region's units, plans, and the chosen plan's
	 * tasks.
	 */
	public record Choices(List<Option> units, List<Option> plans, List<Option> tasks) {
	}

	public record Option(long id, String label) {
	}

	/**
	 * A prompt with every unit's response (for the office) or the viewing unit's own.
	 *
	 * @param respondingUnit the unit the viewing liaison responds for, or {@code null}
	 */
	public record Page(WorkPrompt prompt, List<Option> tasks, List<Response> responses, Response own,
			Long respondingUnit) {

		/**
		 * Who sent it, and who acknowledged and answered it, by username, to be named.
		 */
		public List<String> usernames() {
			List<String> usernames = new ArrayList<>();
			usernames.add(this.prompt.createdBy());
			Stream.concat(this.responses.stream(), Stream.ofNullable(this.own)).forEach((r) -> {
				usernames.add(r.acknowledgedBy());
				usernames.add(r.answeredBy());
			});
			return usernames;
		}

	}

	public record Response(String unit, String acknowledgedBy, LocalDateTime acknowledgedAt, String answer,
			String answeredBy, LocalDateTime answeredAt) {
	}

}
