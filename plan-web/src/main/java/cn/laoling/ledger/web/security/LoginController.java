package cn.laoling.ledger.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	/** Each role's home: the ledger, or an administrator's own page. */
	@GetMapping("/")
	String home(Viewer viewer) {
		return switch (viewer.role()) {
			case OFFICE, LEADER -> "redirect:/plans";
			case LIAISON -> "redirect:/reports";
			case SYSTEM_ADMIN, SECURITY_ADMIN -> "redirect:/admin/accounts";
			case AUDIT_ADMIN -> "redirect:/audit";
		};
	}

}
