package cn.laoling.ledger.web.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.account.AccountName;
import cn.laoling.ledger.account.AccountNames;
import cn.laoling.ledger.audit.AuditEvent;

/**
 * How a person is named wherever a page or document says who did something: 显示名（单位） for a
 * liaison, 显示名（昆都仑区老龄办）, 显示名（昆都仑区领导） and so on for the other roles, never the login name.
 * Records keep the username (it never changes); this turns it into the name at display
 * time, for a whole page in one query.
 */
@Component
public class PersonNames {

	/** The actor of what {@code AdministratorBootstrap} did at the first start. */
	public static final String BOOTSTRAP = "bootstrap";

	private final AccountNames accounts;

	private final MessageSource messages;

	PersonNames(AccountNames accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	/** The names of everyone these usernames stand for, read at once. */
	public Named of(Collection<String> usernames) {
		List<String> known = usernames.stream().filter((u) -> u != null && !u.isBlank()).distinct().toList();
		Map<String, String> names = new HashMap<>();
		this.accounts.of(known).forEach((a) -> names.put(a.username(), name(a)));
		names.putIfAbsent(AuditEvent.NOBODY, message("person.nobody"));
		names.putIfAbsent(AuditEvent.UNKNOWN_ACCOUNT, message("person.unknown"));
		names.putIfAbsent(BOOTSTRAP, message("person.bootstrap"));
		return new Named(names);
	}

	/** One person's name; for a list, ask {@link #of(Collection)} once. */
	public String of(String username) {
		return of(List.of(username)).of(username);
	}

	private String name(AccountName account) {
		String place = message("person.place." + account.role(), account.regionName(),
				account.unit().orElse(account.regionName()));
		return message("person.name", account.displayName(), place);
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

	/**
	 * The names of one page's people by username. A username that is no account is shown
	 * as it was recorded: nothing better is known.
	 */
	public record Named(Map<String, String> names) {

		public String of(String username) {
			if (username == null) {
				return "";
			}
			return this.names.getOrDefault(username, username);
		}

	}

}
