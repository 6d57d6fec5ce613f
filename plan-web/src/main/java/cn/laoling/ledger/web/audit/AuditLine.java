package cn.laoling.ledger.web.audit;

import java.time.LocalDateTime;

/**
 * An audit row as the audit administrator reads it, on the page and in the CSV: every
 * code in Chinese, the actor by name and the object by its name.
 *
 * @param actor who did it, named as people are named everywhere, or 未知账户
 * @param account the account's username where it is an account, else {@code null}
 */
public record AuditLine(long id, LocalDateTime at, String actor, String account, String clientIp, String type,
		String object, String outcome, String detail, String hash) {

}
