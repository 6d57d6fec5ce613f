package cn.laoling.ledger.web.support;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.laoling.ledger.plan.Target;
import cn.laoling.ledger.plan.TargetYears;
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

	/**
	 * A target as it is judged on a day ({@code Task.yardstick}): a year's share written
	 * as that year's ({@code 困难老年人家庭适老化设施改造2650户（2024年度）}).
	 */
	public String of(TargetYears.Yardstick yardstick) {
		return (yardstick.year() == null) ? of(yardstick.target()) : ofYear(yardstick.target(), yardstick.year());
	}

	/** A year's share of a target, written as that year's. */
	public String ofYear(Target share, int year) {
		return message("years.target", of(share), year);
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
