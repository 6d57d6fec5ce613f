package cn.laoling.ledger.web.planimport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * The drafts of one user's session: nothing is saved before the office confirms, and a
 * draft left alone ends with the session.
 */
final class ImportDrafts {

	private static final String ATTRIBUTE = ImportDrafts.class.getName();

	private static final int KEPT = 5;

	private ImportDrafts() {
	}

	static ImportDraft keep(HttpSession session, String fileName, cn.laoling.ledger.plan.document.PlanParse parse) {
		ImportDraft draft = new ImportDraft(UUID.randomUUID().toString(), fileName, parse, SourceView.of(parse));
		Map<String, ImportDraft> drafts = drafts(session);
		drafts.put(draft.id(), draft);
		while (drafts.size() > KEPT) {
			drafts.remove(drafts.keySet().iterator().next());
		}
		return draft;
	}

	static Optional<ImportDraft> find(HttpSession session, String id) {
		return Optional.ofNullable(drafts(session).get(id));
	}

	static void drop(HttpSession session, String id) {
		drafts(session).remove(id);
	}

	@SuppressWarnings("unchecked")
	private static synchronized Map<String, ImportDraft> drafts(HttpSession session) {
		Object drafts = session.getAttribute(ATTRIBUTE);
		if (drafts == null) {
			drafts = new LinkedHashMap<String, ImportDraft>();
			session.setAttribute(ATTRIBUTE, drafts);
		}
		return (Map<String, ImportDraft>) drafts;
	}

}
