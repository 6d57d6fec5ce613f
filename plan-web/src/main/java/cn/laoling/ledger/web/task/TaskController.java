package cn.laoling.ledger.web.task;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.web.extension.ExtensionForm;
import cn.laoling.ledger.web.plan.LedgerService;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormSubmission;

@Controller
class TaskController {

	private static final String FORM = "tasks/form";

	private final TaskService tasks;

	private final LedgerService ledger;

	TaskController(TaskService tasks, LedgerService ledger) {
		this.tasks = tasks;
		this.ledger = ledger;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("taskStatuses", TaskStatus.values());
		model.addAttribute("comparators", Comparator.values());
		model.addAttribute("recurrences", Recurrence.values());
	}

	@GetMapping("/tasks/{taskId}")
	String show(Viewer viewer, @PathVariable long taskId, Model model) {
		model.addAttribute("detail", this.tasks.detail(viewer, new TaskId(taskId)));
		model.addAttribute("extensionForm", new ExtensionForm());
		return "tasks/detail";
	}

	@GetMapping("/plans/{planId}/tasks/new")
	String newTask(Viewer viewer, @PathVariable long planId, Model model) {
		model.addAttribute("taskForm", this.tasks.newForm(viewer, new PlanId(planId)));
		return form(viewer, planId, null, model);
	}

	@PostMapping("/plans/{planId}/tasks")
	String create(Viewer viewer, @PathVariable long planId, @Valid TaskForm taskForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(result, response, () -> this.tasks.check(viewer, new PlanId(planId), taskForm),
				() -> {
					TaskId id = this.tasks.create(viewer, new PlanId(planId), taskForm);
					redirect.addFlashAttribute("message", "flash.task.created");
					return "redirect:/tasks/" + id.value();
				}, () -> form(viewer, planId, null, model));
	}

	@GetMapping("/tasks/{taskId}/edit")
	String edit(Viewer viewer, @PathVariable long taskId, Model model) {
		TaskDetail detail = this.tasks.detail(viewer, new TaskId(taskId));
		model.addAttribute("taskForm", this.tasks.editForm(viewer, new TaskId(taskId)));
		return form(viewer, detail.plan().id(), taskId, model);
	}

	@PostMapping("/tasks/{taskId}/edit")
	String revise(Viewer viewer, @PathVariable long taskId, @Valid TaskForm taskForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		TaskDetail detail = this.tasks.detail(viewer, new TaskId(taskId));
		return FormSubmission.submit(result, response,
				() -> this.tasks.check(viewer, new PlanId(detail.plan().id()), taskForm), () -> {
					this.tasks.revise(viewer, new TaskId(taskId), taskForm);
					redirect.addFlashAttribute("message", "flash.task.saved");
					return "redirect:/tasks/" + taskId;
				}, () -> form(viewer, detail.plan().id(), taskId, model));
	}

	@PostMapping("/tasks/{taskId}/delete")
	String delete(Viewer viewer, @PathVariable long taskId, @RequestParam long version, RedirectAttributes redirect) {
		PlanId plan = this.tasks.delete(viewer, new TaskId(taskId), version);
		redirect.addFlashAttribute("message", "flash.task.deleted");
		return "redirect:/plans/" + plan.value();
	}

	private String form(Viewer viewer, long planId, Long taskId, Model model) {
		model.addAttribute("plan", this.ledger.summary(viewer, new PlanId(planId)));
		model.addAttribute("sections", this.tasks.sectionsOf(viewer, new PlanId(planId)));
		model.addAttribute("unitNames",
				this.ledger.unitsOf(this.ledger.visiblePlan(viewer, new PlanId(planId)))
					.stream()
					.map((u) -> u.name().value())
					.toList());
		model.addAttribute("taskId", taskId);
		return FORM;
	}

}
