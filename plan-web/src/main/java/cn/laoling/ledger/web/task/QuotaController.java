package cn.laoling.ledger.web.task;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.spreadsheet.QuotaSheet;
import cn.laoling.ledger.web.spreadsheet.SheetReader;
import cn.laoling.ledger.web.spreadsheet.UnreadableSheet;
import cn.laoling.ledger.web.support.FormSubmission;

/** The office's 指标分解 of one of a task's targets. */
@Controller
class QuotaController {

	private static final String PAGE = "tasks/quotas";

	private final QuotaService quotas;

	QuotaController(QuotaService quotas) {
		this.quotas = quotas;
	}

	@GetMapping("/tasks/{taskId}/targets/{target}/quotas")
	String show(Viewer viewer, @PathVariable long taskId, @PathVariable int target, Model model) {
		model.addAttribute("quotaForm", this.quotas.form(viewer, new TaskId(taskId), target));
		return page(viewer, taskId, target, List.of(), model);
	}

	@PostMapping("/tasks/{taskId}/targets/{target}/quotas")
	String save(Viewer viewer, @PathVariable long taskId, @PathVariable int target, @Valid QuotaForm quotaForm,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(result, response, () -> {
			this.quotas.save(viewer, new TaskId(taskId), target, quotaForm);
			redirect.addFlashAttribute("message", "flash.quota.saved");
			return "redirect:/tasks/" + taskId;
		}, () -> page(viewer, taskId, target, List.of(), model));
	}

	/** A sheet of 单位/数量 read into the form, which is shown to be checked and saved. */
	@PostMapping("/tasks/{taskId}/targets/{target}/quotas/sheet")
	String read(Viewer viewer, @PathVariable long taskId, @PathVariable int target,
			@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "-1") long version,
			Model model) {
		QuotaForm form = this.quotas.form(viewer, new TaskId(taskId), target);
		if (version >= 0) {
			form.setVersion(version);
		}
		model.addAttribute("quotaForm", form);
		try {
			if (file == null || file.isEmpty()) {
				throw new UnreadableSheet("sheet.file.nothing");
			}
			List<QuotaSheet.Entry> entries = QuotaSheet.read(SheetReader.read(file.getBytes()));
			if (entries.isEmpty()) {
				throw new UnreadableSheet("quota.sheet.empty");
			}
			List<String> warnings = this.quotas.fill(viewer, new TaskId(taskId), target, entries, form);
			long filled = form.getLines().stream().filter((l) -> l.getAmount() != null).count();
			model.addAttribute("sheetRead", filled);
			return page(viewer, taskId, target, warnings, model);
		}
		catch (UnreadableSheet ex) {
			model.addAttribute("problem", ex.code());
		}
		catch (IOException ex) {
			model.addAttribute("problem", "sheet.file.notXlsx");
		}
		return page(viewer, taskId, target, List.of(), model);
	}

	private String page(Viewer viewer, long taskId, int target, List<String> warnings, Model model) {
		model.addAttribute("split", this.quotas.page(viewer, new TaskId(taskId), target).withWarnings(warnings));
		return PAGE;
	}

}
