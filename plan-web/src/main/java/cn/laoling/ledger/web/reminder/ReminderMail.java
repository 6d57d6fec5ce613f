package cn.laoling.ledger.web.reminder;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.account.Accounts;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;

/**
 * Reminders by e-mail to a unit's liaisons who gave an address, only when an SMTP server
 * is configured ({@code spring.mail.host}) and a sender address is set
 * ({@code ledger.reminders.mail-from}); otherwise nothing is sent.
 */
@Component
public class ReminderMail {

	private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final Accounts accounts;

	private final Units units;

	private final String from;

	ReminderMail(ObjectProvider<JavaMailSender> sender, Accounts accounts, Units units,
			@Value("${ledger.reminders.mail-from:}") String from) {
		this.sender = sender;
		this.accounts = accounts;
		this.units = units;
		this.from = from;
	}

	String send(UnitId unit, ReminderTexts.Message message) {
		return send(unit, message.title(), message.body());
	}

	/**
	 * E-mails the unit's liaisons who gave an address.
	 * @return the addresses it went to, joined, or {@code null} when none
	 */
	public String send(UnitId unit, String subject, String text) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null || this.from.isBlank()) {
			return null;
		}
		List<String> to = this.units.findById(unit)
			.map((u) -> this.accounts.findAllIn(List.of(u.regionId())))
			.orElse(List.of())
			.stream()
			.filter((a) -> a.role() == Role.LIAISON && a.enabled())
			.filter((a) -> a.binding().map((b) -> b.unitId().equals(unit)).orElse(false))
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
			// the reminder stands in the application; the mail server's trouble is logged
			log.warn("Could not e-mail the reminder to {}: {}", to, ex.getMessage());
			return null;
		}
	}

}
