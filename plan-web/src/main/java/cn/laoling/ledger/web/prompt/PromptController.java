package cn.laoling.ledger.web.prompt;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.prompt.WorkPromptId;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormSubmission;
import cn.laoling.ledger.web.support.PersonNames;

/** 专项工作提示: written by the office, acknowledged and answered by the units. */
@Controller
class PromptController {

	private final PromptService prompts;

	private final PersonNames people;

	PromptController(PromptService prompts, PersonNames people) {
		this.prompts = prompts;
		this.people = people;
	}

	@GetMapping("/prompts")
	String list(Viewer viewer, Model model) {
		model.addAttribute("prompts", this.prompts.list(viewer));
		return "prompts/list";
	}

	@GetMapping("/prompts/new")
	String form(Viewer viewer, @RequestParam(required = false) Long plan, Model model) {
		PromptForm form = new PromptForm();
		form.setPlanId(plan);
		model.addAttribute("promptForm", form);
		model.addAttribute("choices", this.prompts.choices(viewer, plan));
		return "prompts/form";
	}

	/**
	 * 列出任务: the form again with the chosen plan's tasks, keeping everything typed so far
	 * (an htmx request takes only the task list from it). Nothing is sent.
	 */
	@PostMapping("/prompts/new")
	String listTasks(Viewer viewer, PromptForm promptForm, BindingResult result, Model model) {
		model.addAttribute("choices", this.prompts.choices(viewer, promptForm.getPlanId()));
		return "prompts/form";
	}

	@PostMapping("/prompts")
	String send(Viewer viewer, @Valid PromptForm promptForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(result, response, () -> {
			WorkPromptId id = this.prompts.send(viewer, promptForm);
			redirect.addFlashAttribute("message", "flash.prompt.sent");
			return "redirect:/prompts/" + id;
		}, () -> {
			model.addAttribute("choices", this.prompts.choices(viewer, promptForm.getPlanId()));
			return "prompts/form";
		});
	}

	@GetMapping("/prompts/{promptId}")
	String show(Viewer viewer, @PathVariable long promptId, Model model) {
		PromptViews.Page page = this.prompts.page(viewer, new WorkPromptId(promptId));
		model.addAttribute("page", page);
		model.addAttribute("people", this.people.of(page.usernames()));
		return "prompts/view";
	}

	@PostMapping("/prompts/{promptId}/acknowledge")
	String acknowledge(Viewer viewer, @PathVariable long promptId, RedirectAttributes redirect) {
		this.prompts.acknowledge(viewer, new WorkPromptId(promptId));
		redirect.addFlashAttribute("message", "flash.prompt.acknowledged");
		return "redirect:/prompts/" + promptId;
	}

	@PostMapping("/prompts/{promptId}/answer")
	String answer(Viewer viewer, @PathVariable long promptId, @RequestParam(required = false) String answer,
			RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.prompt.answered", FormSubmission.CONFLICT,
				() -> this.prompts.answer(viewer, new WorkPromptId(promptId), answer), "redirect:/prompts/" + promptId);
	}

}
