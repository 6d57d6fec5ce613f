package cn.laoling.ledger.web.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.audit.AuditLog;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditQuery;
import cn.laoling.ledger.audit.AuditRecord;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.audit.AuditVerification;
import cn.laoling.ledger.web.support.SpreadsheetText;

/** The audit administrator's work: search, export and verify the log. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('AUDIT_ADMIN')")
public class AuditService {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/** How many rows of the export are read out at once (one query per kind of name). */
	private static final int BATCH = 500;

	private final AuditLog log;

	private final AuditTrail audit;

	private final AuditLines lines;

	private final Clock clock;

	AuditService(AuditLog log, AuditTrail audit, AuditLines lines, Clock clock) {
		this.log = log;
		this.audit = audit;
		this.lines = lines;
		this.clock = clock;
	}

	public AuditPage search(AuditSearch search) {
		AuditQuery query = search.query(zone());
		long total = this.log.count(query);
		int pages = (int) Math.max(1, (total + AuditSearch.PAGE_SIZE - 1) / AuditSearch.PAGE_SIZE);
		int page = Math.min(search.pageNumber(), pages);
		return new AuditPage(this.lines
			.of(this.log.search(query, (page - 1) * AuditSearch.PAGE_SIZE, AuditSearch.PAGE_SIZE), zone()), total, page,
				pages);
	}

	/**
	 * Writes the matching rows as CSV, oldest first, read out in Chinese as on the page,
	 * and records the export.
	 */
	public void export(AuditSearch search, List<String> header, Writer out) {
		AuditQuery query = search.query(zone());
		this.audit.now(AuditType.AUDIT_EXPORTED, this.audit.names().auditLog(), AuditOutcome.SUCCESS, describe(search));
		try {
			out.write('\uFEFF');
			out.write(csvLine(header));
			List<AuditRecord> batch = new ArrayList<>();
			this.log.forEach(query, (record) -> {
				batch.add(record);
				if (batch.size() == BATCH) {
					write(batch, out);
				}
			});
			write(batch, out);
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(List<AuditRecord> batch, Writer out) {
		try {
			for (AuditLine line : this.lines.of(batch, zone())) {
				out.write(csvLine(List.of(Long.toString(line.id()), TIME.format(line.at()), line.actor(),
						(line.account() != null) ? line.account() : "", line.clientIp(), line.type(), line.object(),
						line.outcome(), line.detail(), line.hash())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		batch.clear();
	}

	/** Checks the whole chain, and records that it was checked and with what result. */
	public AuditVerification verify() {
		AuditVerification result = this.log.verify(this.clock.instant());
		this.audit.now(AuditType.AUDIT_VERIFIED, this.audit.names().auditLog(),
				result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
				result.checked() + " rows"
						+ result.problem()
							.map((problem) -> ", " + problem.kind().name() + " at " + problem.rowId())
							.orElse(""));
		return result;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public ZoneId zone() {
		return this.clock.getZone();
	}

	private static String csvLine(List<String> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append('"').append(SpreadsheetText.inert(cells.get(i)).replace("\"", "\"\"")).append('"');
		}
		return line.append("\r\n").toString();
	}

	private static String describe(AuditSearch search) {
		return "from=" + search.from() + " to=" + search.to() + " actor=" + search.actor() + " type=" + search.type()
				+ " object=" + search.object();
	}

}
