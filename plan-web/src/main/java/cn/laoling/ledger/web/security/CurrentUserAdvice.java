package cn.laoling.ledger.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user into every page's model, for the navigation bar. */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	LedgerUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof LedgerUser user) ? user : null;
	}

}
