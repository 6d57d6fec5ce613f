package cn.laoling.ledger.web.reminder;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.notification.Recipient;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;

/**
 * Reminders and other notifications by e-mail to the accounts they are addressed to (a
 * unit's liaisons, or a region's office or leaders) who gave an address, only when an
 * SMTP server is configured ({@code spring.mail.host}) and a sender address is set
 * ({@code ledger.reminders.mail-from}); otherwise nothing is sent.
 */
@Component
public class ReminderMail {

	private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final Accounts accounts;

	private final Units units;

	private final String from;

	ReminderMail(ObjectProvider<JavaMailSender> sender, Accounts accounts, Units units, ReminderProperties properties) {
		this.sender = sender;
		this.accounts = accounts;
		this.units = units;
		this.from = properties.mailFrom();
	}

	String send(UnitId unit, ReminderTexts.Message message) {
		return send(Recipient.unit(unit), message.title(), message.body());
	}

	/**
	 * E-mails the enabled accounts the notification is addressed to who gave an address:
	 * the unit's liaisons, or the region's office or leaders.
	 * @return the addresses it went to, joined, or {@code null} when none
	 */
	public String send(Recipient recipient, String subject, String text) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null || this.from.isBlank()) {
			return null;
		}
		Optional<RegionId> region = (recipient.unit() == null) ? Optional.of(recipient.region())
				: this.units.findById(recipient.unit()).map(Unit::regionId);
		List<String> to = region.map((r) -> this.accounts.findAllIn(List.of(r)))
			.orElse(List.of())
			.stream()
			.filter((a) -> a.enabled() && isAddressed(a, recipient))
			.flatMap((a) -> a.email().stream())
			.toList();
		if (to.isEmpty()) {
			return null;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(to.toArray(String[]::new));
		mail.setSubject(subject);
		mail.setText(text);
		try {
			mailSender.send(mail);
			return String.join(",", to);
		}
		catch (MailException ex) {
			// the notification stands in the application; the mail server's trouble is
			// logged
			log.warn("Could not e-mail the notification to {}: {}", to, ex.getMessage());
			return null;
		}
	}

	private static boolean isAddressed(Account account, Recipient recipient) {
		return switch (recipient.audience()) {
			case UNIT -> account.role() == Role.LIAISON
					&& account.binding().map((b) -> b.unitId().equals(recipient.unit())).orElse(false);
			case OFFICE -> account.role() == Role.OFFICE;
			case LEADERS -> account.role() == Role.LEADER;
		};
	}

}
