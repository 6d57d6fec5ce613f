package cn.laoling.ledger.web.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.audit.AuditChain;
import cn.laoling.ledger.audit.AuditEvent;
import cn.laoling.ledger.audit.AuditLog;
import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditQuery;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.audit.AuditVerification;
import cn.laoling.ledger.web.support.SpreadsheetText;

/** The audit administrator's work: search, export and verify the log. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('AUDIT_ADMIN')")
public class AuditService {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditLog log;

	private final AuditTrail audit;

	private final Clock clock;

	AuditService(AuditLog log, AuditTrail audit, Clock clock) {
		this.log = log;
		this.audit = audit;
		this.clock = clock;
	}

	public AuditPage search(AuditSearch search) {
		AuditQuery query = search.query(zone());
		long total = this.log.count(query);
		int pages = (int) Math.max(1, (total + AuditSearch.PAGE_SIZE - 1) / AuditSearch.PAGE_SIZE);
		int page = Math.min(search.pageNumber(), pages);
		return new AuditPage(this.log.search(query, (page - 1) * AuditSearch.PAGE_SIZE, AuditSearch.PAGE_SIZE), total,
				page, pages);
	}

	/** Writes the matching rows as CSV, oldest first, and records the export. */
	public void export(AuditSearch search, List<String> header, Writer out) {
		AuditQuery query = search.query(zone());
		this.audit.now(AuditType.AUDIT_EXPORTED, "audit", AuditOutcome.SUCCESS, describe(search));
		try {
			out.write('\uFEFF');
			out.write(csvLine(header));
			this.log.forEach(query, (record) -> {
				AuditEvent e = record.event();
				List<String> cells = List.of(Long.toString(record.id()), TIME.format(e.occurredAt().atZone(zone())),
						e.actor(), e.clientIp(), e.type().name(), e.object(), e.outcome().name(), e.detail(),
						record.hash());
				try {
					out.write(csvLine(cells));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Checks the whole chain, and records that it was checked and with what result. */
	public AuditVerification verify() {
		AuditChain.Verification verification = AuditChain.verify();
		this.log.forEach(AuditQuery.everything(), verification::accept);
		AuditVerification result = verification.result();
		this.audit.now(AuditType.AUDIT_VERIFIED, "audit", result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
				result.checked() + " rows" + result.firstBrokenId().map((id) -> ", broken at " + id).orElse(""));
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
