package cn.laoling.ledger.web.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;

import cn.laoling.ledger.audit.AuditQuery;
import cn.laoling.ledger.audit.AuditType;

/**
 * The audit administrator's search: from and to dates (whole days, local time), account,
 * type and object; empty fields match everything.
 */
public record AuditSearch(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String actor, AuditType type, String object,
		Integer page) {

	public static final int PAGE_SIZE = 50;

	public AuditQuery query(ZoneId zone) {
		return new AuditQuery(Optional.ofNullable(this.from).map((d) -> d.atStartOfDay(zone).toInstant()),
				Optional.ofNullable(this.to).map((d) -> d.plusDays(1).atStartOfDay(zone).toInstant()), text(this.actor),
				Optional.ofNullable(this.type), text(this.object));
	}

	public int pageNumber() {
		return (this.page == null || this.page < 1) ? 1 : this.page;
	}

	private static Optional<String> text(String value) {
		return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(value.strip());
	}

}
