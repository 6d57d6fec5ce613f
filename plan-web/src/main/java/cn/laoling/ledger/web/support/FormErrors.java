package cn.laoling.ledger.web.support;

import org.springframework.validation.BindingResult;

import cn.laoling.ledger.shared.DomainRuleException;

/** Puts what a service refused onto the form, so the user sees it beside their input. */
public final class FormErrors {

	public static final String CONFLICT = "conflict.stale";

	private FormErrors() {
	}

	public static void reject(BindingResult result, FormRejection rejection) {
		result.rejectValue(rejection.field(), rejection.code(), rejection.arguments(), rejection.code());
	}

	public static void reject(BindingResult result, DomainRuleException rule) {
		result.reject("rule." + rule.code(), rule.getMessage());
	}

	public static void conflict(BindingResult result) {
		result.reject(CONFLICT);
	}

}
