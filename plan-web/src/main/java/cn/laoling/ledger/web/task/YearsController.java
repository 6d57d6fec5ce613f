package cn.laoling.ledger.web.task;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormSubmission;

/** The office's 年度分解 of one of a task's targets. */
@Controller
class YearsController {

	private final YearsService years;

	YearsController(YearsService years) {
		this.years = years;
	}

	@GetMapping("/tasks/{taskId}/targets/{target}/years")
	String show(Viewer viewer, @PathVariable long taskId, @PathVariable int target, Model model) {
		model.addAttribute("yearsForm", this.years.form(viewer, new TaskId(taskId), target));
		return page(viewer, taskId, target, model);
	}

	@PostMapping("/tasks/{taskId}/targets/{target}/years")
	String save(Viewer viewer, @PathVariable long taskId, @PathVariable int target, @Valid YearsForm yearsForm,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(result, response, () -> {
			this.years.save(viewer, new TaskId(taskId), target, yearsForm);
			redirect.addFlashAttribute("message", "flash.years.saved");
			return "redirect:/tasks/" + taskId;
		}, () -> page(viewer, taskId, target, model));
	}

	private String page(Viewer viewer, long taskId, int target, Model model) {
		model.addAttribute("split", this.years.page(viewer, new TaskId(taskId), target));
		return "tasks/years";
	}

}
