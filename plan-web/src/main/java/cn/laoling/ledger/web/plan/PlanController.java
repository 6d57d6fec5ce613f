package cn.laoling.ledger.web.plan;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanStatus;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormSubmission;
import cn.laoling.ledger.web.support.RenderedFragments;

@Controller
class PlanController {

	private static final String FORM = "plans/form";

	/**
	 * The ledger page's body, kept for everyone who sees the same unless it shows a
	 * search.
	 */
	private static final String LEDGER = "plans/ledger :: #content";

	private final LedgerService ledger;

	private final PlanService plans;

	private final LedgerPages pages;

	private final RenderedFragments fragments;

	PlanController(LedgerService ledger, PlanService plans, LedgerPages pages, RenderedFragments fragments) {
		this.ledger = ledger;
		this.plans = plans;
		this.pages = pages;
		this.fragments = fragments;
	}

	/** What the form may set; withdrawing is an action of its own. */
	@ModelAttribute("planStatuses")
	List<PlanStatus> planStatuses() {
		return List.of(PlanStatus.DRAFT, PlanStatus.IN_FORCE, PlanStatus.CLOSED);
	}

	@GetMapping("/plans")
	String list(Viewer viewer, Model model) {
		model.addAttribute("plans", this.ledger.plansFor(viewer));
		return "plans/list";
	}

	@GetMapping("/plans/{planId}")
	View ledger(Viewer viewer, @PathVariable long planId, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) TaskStatus status, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) Light light,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		LedgerFilter filter = new LedgerFilter(unit, status, q, mine, light);
		PlanId id = new PlanId(planId);
		LedgerPages.Kept kept = this.pages.kept(viewer, id, filter);
		Supplier<Map<String, ?>> page = () -> Map.of("ledger", this.ledger.ledger(viewer, id, filter), "filter", filter,
				"taskStatuses", TaskStatus.values(), "office", viewer.isOffice(), "liaison", viewer.isLiaison());
		model.addAttribute("title", kept.title());
		return this.fragments.page(StringUtils.hasText(q) ? null : kept.key(), LEDGER, page, request, response);
	}

	@GetMapping("/plans/new")
	String newPlan(Model model) {
		model.addAttribute("planForm", new PlanForm());
		return FORM;
	}

	@PostMapping("/plans")
	String create(Viewer viewer, @Valid PlanForm planForm, BindingResult result, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.submit(result, response, () -> {
			PlanId id = this.plans.create(viewer, planForm);
			redirect.addFlashAttribute("message", "flash.plan.created");
			return "redirect:/plans/" + id.value();
		}, () -> FORM);
	}

	@PostMapping("/plans/{planId}/withdraw")
	String withdraw(Viewer viewer, @PathVariable long planId, @RequestParam long version, RedirectAttributes redirect) {
		String[] done = { "flash.plan.withdrawn.DRAFT" };
		String back = "redirect:/plans/" + planId;
		FormSubmission.decide(redirect, done[0], FormSubmission.CONFLICT,
				() -> done[0] = "flash.plan.withdrawn." + this.plans.withdraw(viewer, new PlanId(planId), version),
				back);
		if (redirect.getFlashAttributes().containsKey("message")) {
			redirect.addFlashAttribute("message", done[0]);
		}
		return back;
	}

	@PostMapping("/plans/{planId}/delete")
	String delete(Viewer viewer, @PathVariable long planId, @RequestParam long version, RedirectAttributes redirect) {
		return FormSubmission.decideAndLeave(redirect, "flash.plan.deleted", FormSubmission.CONFLICT, () -> {
			this.plans.delete(viewer, new PlanId(planId), version);
			return "redirect:/plans";
		}, "redirect:/plans/" + planId + "/edit");
	}

	@GetMapping("/plans/{planId}/edit")
	String edit(Viewer viewer, @PathVariable long planId, Model model) {
		model.addAttribute("planForm", this.plans.formOf(viewer, new PlanId(planId)));
		model.addAttribute("planId", planId);
		return FORM;
	}

	@PostMapping("/plans/{planId}/edit")
	String revise(Viewer viewer, @PathVariable long planId, @Valid PlanForm planForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.ledger.visiblePlan(viewer, new PlanId(planId));
		model.addAttribute("planId", planId);
		return FormSubmission.submit(result, response, () -> {
			this.plans.revise(viewer, new PlanId(planId), planForm);
			redirect.addFlashAttribute("message", "flash.plan.saved");
			return "redirect:/plans/" + planId;
		}, () -> FORM);
	}

}
