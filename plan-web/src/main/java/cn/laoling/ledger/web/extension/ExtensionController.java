package cn.laoling.ledger.web.extension;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.report.ExtensionRequestId;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormSubmission;
import cn.laoling.ledger.web.task.TaskService;

/**
 * 延期申请: a liaison asks on the task's page; the office decides in its review queue.
 */
@Controller
class ExtensionController {

	private static final String QUEUE = "redirect:/review#extensions";

	private static final String CONFLICT = "conflict.extension";

	private final ExtensionService extensions;

	private final TaskService tasks;

	ExtensionController(ExtensionService extensions, TaskService tasks) {
		this.extensions = extensions;
		this.tasks = tasks;
	}

	@PostMapping("/tasks/{taskId}/extension")
	String ask(Viewer viewer, @PathVariable long taskId, @Valid ExtensionForm extensionForm, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(result, response, () -> {
			this.extensions.ask(viewer, new TaskId(taskId), extensionForm);
			redirect.addFlashAttribute("message", "flash.extension.requested");
			return "redirect:/tasks/" + taskId;
		}, () -> {
			model.addAttribute("detail", this.tasks.detail(viewer, new TaskId(taskId)));
			return "tasks/detail";
		});
	}

	@PostMapping("/extensions/{extensionId}/grant")
	String grant(Viewer viewer, @PathVariable long extensionId, @RequestParam long version,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.extension.granted", CONFLICT,
				() -> this.extensions.grant(viewer, new ExtensionRequestId(extensionId), version, comment), QUEUE);
	}

	@PostMapping("/extensions/{extensionId}/refuse")
	String refuse(Viewer viewer, @PathVariable long extensionId, @RequestParam long version,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.extension.refused", CONFLICT,
				() -> this.extensions.refuse(viewer, new ExtensionRequestId(extensionId), version, comment), QUEUE);
	}

}
