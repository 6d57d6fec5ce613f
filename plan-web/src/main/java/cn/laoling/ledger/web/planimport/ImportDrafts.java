package cn.laoling.ledger.web.planimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.plan.document.PlanDocumentParser;
import cn.laoling.ledger.plan.document.PlanParse;

/**
 * The import drafts of each account: nothing is saved to the plans before the office
 * confirms. Drafts are kept in the database, so that whichever instance of the
 * application serves the preview and the confirmation finds them; only the account that
 * read a draft sees it, the last {@value #KEPT} of each account are kept, and a draft
 * left alone ends after {@link #LIFETIME}. A recognised document is kept as the text that
 * was read and recognised again when opened (the parser gives the same result for the
 * same text): small, and nothing of the parser's own classes is stored.
 */
@Component
class ImportDrafts {

	private static final Logger log = LoggerFactory.getLogger(ImportDrafts.class);

	static final int KEPT = 5;

	static final Duration LIFETIME = Duration.ofHours(12);

	private static final ObjectInputFilter ONLY_DRAFTS = ObjectInputFilter.Config
		.createFilter("maxdepth=20;java.base/*;cn.laoling.ledger.**;!*");

	private final JdbcClient jdbc;

	private final Clock clock;

	ImportDrafts(DataSource dataSource, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.clock = clock;
	}

	/** What waits for confirmation: a recognised document or a checked spreadsheet. */
	interface Draft extends Serializable {

		String id();

	}

	static String newId() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Keeps a recognised document: {@code raw} is its text as read, before recognition.
	 */
	ImportDraft keep(String owner, String fileName, String raw, PlanParse parse) {
		String id = keep(owner, new ReadDocument(newId(), fileName, raw)).id();
		return new ImportDraft(id, fileName, parse, SourceView.of(parse));
	}

	@Transactional
	<D extends Draft> D keep(String owner, D draft) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into import_draft (id, owner, body, created_at, expires_at) values (?, ?, ?, ?, ?)
				on conflict (id) do update set body = excluded.body, expires_at = excluded.expires_at
				where import_draft.owner = excluded.owner""")
			.params(UUID.fromString(draft.id()), owner, serialize(draft), Timestamp.from(now),
					Timestamp.from(now.plus(LIFETIME)))
			.update();
		this.jdbc.sql("""
				delete from import_draft where owner = ? and id not in
				(select id from import_draft where owner = ? order by created_at desc, id limit ?)""")
			.params(owner, owner, KEPT)
			.update();
		return draft;
	}

	<D> Optional<D> find(String owner, String id, Class<D> kind) {
		Optional<Object> stored = parseId(id)
			.flatMap((uuid) -> this.jdbc
				.sql("select body from import_draft where id = ? and owner = ? and expires_at > ?")
				.params(uuid, owner, Timestamp.from(this.clock.instant()))
				.query(byte[].class)
				.optional())
			.flatMap(ImportDrafts::deserialize);
		if (kind == ImportDraft.class) {
			stored = stored.map((draft) -> (draft instanceof ReadDocument read) ? read.recognised() : draft);
		}
		return stored.filter(kind::isInstance).map(kind::cast);
	}

	void drop(String owner, String id) {
		parseId(id).ifPresent((uuid) -> this.jdbc.sql("delete from import_draft where id = ? and owner = ?")
			.params(uuid, owner)
			.update());
	}

	/**
	 * Replaces a draft by the page of what it became, so that its preview opened again
	 * (the browser's back button) or confirmed again leads there instead of to a missing
	 * draft.
	 */
	void confirmed(String owner, String id, String location) {
		keep(owner, new Confirmed(id, location));
	}

	/**
	 * Where a draft already confirmed went, with a message saying that nothing was
	 * imported again.
	 * @return the redirect to it, empty when the draft was not confirmed
	 */
	Optional<String> alreadyConfirmed(String owner, String id, RedirectAttributes redirect) {
		return find(owner, id, Confirmed.class).map((done) -> {
			redirect.addFlashAttribute("message", "flash.import.already");
			return "redirect:" + done.location();
		});
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetExpired() {
		this.jdbc.sql("delete from import_draft where expires_at <= ?")
			.param(Timestamp.from(this.clock.instant()))
			.update();
	}

	/** A document's text as it was read, recognised again when its draft is opened. */
	private record ReadDocument(String id, String fileName, String text) implements Draft {

		ImportDraft recognised() {
			PlanParse parse = PlanDocumentParser.parse(this.text);
			return new ImportDraft(this.id, this.fileName, parse, SourceView.of(parse));
		}

	}

	private record Confirmed(String id, String location) implements Draft {
	}

	private static Optional<UUID> parseId(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static byte[] serialize(Draft draft) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(draft);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A draft written by another version of the application is treated as gone. */
	private static Optional<Object> deserialize(byte[] body) {
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(body))) {
			in.setObjectInputFilter(ONLY_DRAFTS);
			return Optional.of(in.readObject()).filter(Draft.class::isInstance);
		}
		catch (InvalidClassException | ClassNotFoundException ex) {
			log.info("An import draft of an earlier version could not be read and is treated as gone: {}",
					ex.getMessage());
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
