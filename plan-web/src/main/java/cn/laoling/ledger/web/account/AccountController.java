package cn.laoling.ledger.web.account;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.account.Account;
import cn.laoling.ledger.account.AccountId;
import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Role;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.web.region.RegionOption;
import cn.laoling.ledger.web.region.RegionService;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormSubmission;

/** 账户管理: the system and security administrators' page of accounts. */
@Controller
class AccountController {

	private static final String FORM = "admin/accounts/form";

	private static final String ROLE_FORM = "admin/accounts/role";

	private static final String LIST = "redirect:/admin/accounts";

	private static final String CONFLICT = "conflict.account";

	private final AccountService accounts;

	private final RegionService regions;

	AccountController(AccountService accounts, RegionService regions) {
		this.accounts = accounts;
		this.regions = regions;
	}

	@ModelAttribute("positions")
	LiaisonPosition[] positions() {
		return LiaisonPosition.values();
	}

	@GetMapping("/admin/accounts")
	String list(Viewer viewer, Model model) {
		model.addAttribute("accounts", this.accounts.list(viewer));
		return "admin/accounts/list";
	}

	@GetMapping("/admin/accounts/new")
	String newAccount(Viewer viewer, Model model) {
		AccountForm form = new AccountForm();
		form.setRegionId(viewer.homeRegion().value());
		model.addAttribute("accountForm", form);
		return form(viewer, model, null);
	}

	@PostMapping("/admin/accounts")
	String create(Viewer viewer, @Valid AccountForm accountForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(result, response, () -> {
			String temporary = this.accounts.create(viewer, accountForm);
			redirect.addFlashAttribute("message", "flash.account.created");
			redirect.addFlashAttribute("temporaryPassword", temporary);
			redirect.addFlashAttribute("temporaryForName", accountForm.getDisplayName());
			redirect.addFlashAttribute("temporaryForUsername", accountForm.getUsername());
			return LIST;
		}, () -> form(viewer, model, null));
	}

	@GetMapping("/admin/accounts/{accountId}/edit")
	String edit(Viewer viewer, @PathVariable long accountId, Model model, RedirectAttributes redirect) {
		try {
			model.addAttribute("accountForm", this.accounts.formOf(viewer, new AccountId(accountId)));
		}
		catch (DomainRuleException ex) {
			return refused(redirect, ex);
		}
		return form(viewer, model, accountId);
	}

	@PostMapping("/admin/accounts/{accountId}/edit")
	String revise(Viewer viewer, @PathVariable long accountId, @Valid AccountForm accountForm, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(result, response, () -> {
			this.accounts.revise(viewer, new AccountId(accountId), accountForm);
			redirect.addFlashAttribute("message", "flash.account.saved");
			return LIST;
		}, () -> notAdministered(result).map((code) -> {
			redirect.addFlashAttribute("error", code);
			return LIST;
		}).orElseGet(() -> form(viewer, model, accountId)));
	}

	/**
	 * An account the viewer may not change at all (their own, another administrator's):
	 * not shown again with what was sent, which the page never offered, but refused on
	 * the list.
	 */
	private static Optional<String> notAdministered(BindingResult result) {
		return result.getGlobalErrors()
			.stream()
			.map(ObjectError::getCode)
			.filter((code) -> "rule.account.administrator".equals(code) || "rule.account.self".equals(code))
			.findFirst();
	}

	@PostMapping("/admin/accounts/{accountId}/disable")
	String disable(Viewer viewer, @PathVariable long accountId, @RequestParam long version,
			RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.account.disabled", CONFLICT,
				() -> this.accounts.disable(viewer, new AccountId(accountId), version), LIST);
	}

	@PostMapping("/admin/accounts/{accountId}/enable")
	String enable(Viewer viewer, @PathVariable long accountId, @RequestParam long version,
			RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.account.enabled", CONFLICT,
				() -> this.accounts.enable(viewer, new AccountId(accountId), version), LIST);
	}

	@GetMapping("/admin/accounts/{accountId}/role")
	String roleForm(Viewer viewer, @PathVariable long accountId, Model model, RedirectAttributes redirect) {
		try {
			model.addAttribute("roleForm", this.accounts.roleFormOf(viewer, new AccountId(accountId)));
		}
		catch (DomainRuleException ex) {
			return refused(redirect, ex);
		}
		return roleForm(viewer, model, accountId);
	}

	@PostMapping("/admin/accounts/{accountId}/role")
	String changeRole(Viewer viewer, @PathVariable long accountId, @Valid RoleForm roleForm, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(result, response, () -> {
			this.accounts.changeRole(viewer, new AccountId(accountId), roleForm);
			redirect.addFlashAttribute("message", "flash.account.roleChanged");
			return LIST;
		}, () -> roleForm(viewer, model, accountId));
	}

	@PostMapping("/admin/accounts/{accountId}/unlock")
	String unlock(Viewer viewer, @PathVariable long accountId, @RequestParam long version,
			RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.account.unlocked", CONFLICT,
				() -> this.accounts.unlock(viewer, new AccountId(accountId), version), LIST);
	}

	@PostMapping("/admin/accounts/{accountId}/reset-password")
	String resetPassword(Viewer viewer, @PathVariable long accountId, @RequestParam long version,
			RedirectAttributes redirect) {
		AccountId id = new AccountId(accountId);
		return FormSubmission.decide(redirect, "flash.account.passwordReset", CONFLICT, () -> {
			redirect.addFlashAttribute("temporaryPassword", this.accounts.resetPassword(viewer, id, version));
			Account account = this.accounts.accountOf(viewer, id);
			redirect.addFlashAttribute("temporaryForName", account.displayName());
			redirect.addFlashAttribute("temporaryForUsername", account.username());
		}, LIST);
	}

	/** Back to the list, saying why the account may not be changed. */
	private static String refused(RedirectAttributes redirect, DomainRuleException ex) {
		redirect.addFlashAttribute("error", "rule." + ex.code());
		return LIST;
	}

	private String form(Viewer viewer, Model model, Long accountId) {
		model.addAttribute("accountId", accountId);
		model.addAttribute("roles", List.copyOf(Role.business()));
		model.addAttribute("regions", this.regions.optionsFor(viewer));
		model.addAttribute("units", this.regions.unitOptionsFor(viewer));
		return FORM;
	}

	private String roleForm(Viewer viewer, Model model, long accountId) {
		model.addAttribute("accountId", accountId);
		model.addAttribute("account", this.accounts.accountOf(viewer, new AccountId(accountId)));
		model.addAttribute("roles", List.copyOf(Role.business()));
		model.addAttribute("units", this.regions.unitOptionsFor(viewer));
		return ROLE_FORM;
	}

}
