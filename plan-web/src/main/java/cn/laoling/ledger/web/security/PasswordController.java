package cn.laoling.ledger.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.web.support.FormSubmission;

/** 修改密码: the user's own password, also where a due change is made. */
@Controller
class PasswordController {

	private static final String FORM = "password";

	private final Passwords passwords;

	PasswordController(Passwords passwords) {
		this.passwords = passwords;
	}

	@GetMapping("/password")
	String form(HttpServletRequest request, Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		model.addAttribute("changeDue", changeDue(request));
		return FORM;
	}

	@PostMapping("/password")
	String change(@AuthenticationPrincipal LedgerUser user, @Valid PasswordForm passwordForm, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("changeDue", changeDue(request));
		return FormSubmission.submit(result, response, () -> {
			long generation = this.passwords.change(user.accountId(), passwordForm);
			SessionRevocation.keep(request.getSession(), user.accountId(), generation);
			request.getSession().removeAttribute(LoginOutcomes.PASSWORD_CHANGE_DUE);
			redirect.addFlashAttribute("message", "flash.password.changed");
			return "redirect:/";
		}, () -> FORM);
	}

	private static boolean changeDue(HttpServletRequest request) {
		var session = request.getSession(false);
		return session != null && session.getAttribute(LoginOutcomes.PASSWORD_CHANGE_DUE) != null;
	}

}
