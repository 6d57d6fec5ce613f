package cn.laoling.ledger.web.reminder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mail.health.MailHealthIndicator;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The SMTP server's health (contributor {@code smtp}), shown on its own in the group
 * {@code mail} ({@code /actuator/health/mail}) and never taking the application down:
 * mail that cannot leave is logged and the in-app notification stands, so an instance
 * without its mail server still serves. Spring Boot's own check (off:
 * {@code management.health.mail.enabled=false}) does the connecting; a server it cannot
 * reach is reported as {@link #MAIL_DOWN}, a status the overall health and readiness do
 * not count and the {@code mail} group answers with 503.
 */
@Component("smtpHealthIndicator")
class MailHealth implements HealthIndicator {

	static final Status MAIL_DOWN = new Status("MAIL_DOWN", "the SMTP server cannot be reached");

	private final ObjectProvider<JavaMailSenderImpl> sender;

	MailHealth(ObjectProvider<JavaMailSenderImpl> sender) {
		this.sender = sender;
	}

	@Override
	public Health health() {
		JavaMailSenderImpl mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			return Health.unknown().withDetail("mail", "no SMTP server configured (spring.mail.host)").build();
		}
		Health checked = new MailHealthIndicator(mailSender).health();
		return Status.DOWN.equals(checked.getStatus())
				? Health.status(MAIL_DOWN).withDetails(checked.getDetails()).build() : checked;
	}

}
