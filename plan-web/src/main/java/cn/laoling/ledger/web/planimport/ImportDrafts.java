package cn.laoling.ledger.web.planimport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.plan.document.PlanParse;

/**
 * The import drafts of one user's session: nothing is saved before the office confirms,
 * and a draft left alone ends with the session.
 */
final class ImportDrafts {

	private static final String ATTRIBUTE = ImportDrafts.class.getName();

	private static final int KEPT = 5;

	private ImportDrafts() {
	}

	/** What waits for confirmation: a recognised document or a checked spreadsheet. */
	interface Draft {

		String id();

	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

	static ImportDraft keep(HttpSession session, String fileName, PlanParse parse) {
		return keep(session, new ImportDraft(newId(), fileName, parse, SourceView.of(parse)));
	}

	static <D extends Draft> D keep(HttpSession session, D draft) {
		Map<String, Draft> drafts = drafts(session);
		drafts.put(draft.id(), draft);
		while (drafts.size() > KEPT) {
			drafts.remove(drafts.keySet().iterator().next());
		}
		return draft;
	}

	static <D extends Draft> Optional<D> find(HttpSession session, String id, Class<D> kind) {
		return Optional.ofNullable(drafts(session).get(id)).filter(kind::isInstance).map(kind::cast);
	}

	static void drop(HttpSession session, String id) {
		drafts(session).remove(id);
	}

	/**
	 * Replaces a draft by the page of what it became, so that its preview opened again
	 * (the browser's back button) or confirmed again leads there instead of to a missing
	 * draft.
	 */
	static void confirmed(HttpSession session, String id, String location) {
		keep(session, new Confirmed(id, location));
	}

	/**
	 * Where a draft already confirmed went, with a message saying that nothing was
	 * imported again.
	 * @return the redirect to it, empty when the draft was not confirmed
	 */
	static Optional<String> alreadyConfirmed(HttpSession session, String id, RedirectAttributes redirect) {
		return find(session, id, Confirmed.class).map((done) -> {
			redirect.addFlashAttribute("message", "flash.import.already");
			return "redirect:" + done.location();
		});
	}

	private record Confirmed(String id, String location) implements Draft {
	}

	@SuppressWarnings("unchecked")
	private static synchronized Map<String, Draft> drafts(HttpSession session) {
		Object drafts = session.getAttribute(ATTRIBUTE);
		if (drafts == null) {
			drafts = new LinkedHashMap<String, Draft>();
			session.setAttribute(ATTRIBUTE, drafts);
		}
		return (Map<String, Draft>) drafts;
	}

}
