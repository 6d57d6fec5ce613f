package cn.laoling.ledger.web.support;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetValue;
import cn.laoling.ledger.shared.NumberText;

/** Writes a target the way a plan would: {@code 每年老年人运用智能技术培训不少于1500人次}. */
@Component
public class TargetText {

	private final MessageSource messages;

	public TargetText(MessageSource messages) {
		this.messages = messages;
	}

	public String of(Target target) {
		String amount = (target.value() instanceof TargetValue.Range range)
				? NumberText.of(range.low()) + "-" + NumberText.of(range.high()) : NumberText.of(target.value().goal());
		String bound = message("target.comparator." + target.comparator(), amount + target.measure().symbol());
		return message("target.text", message("target.recurrence." + target.recurrence()), target.counted(), bound);
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
