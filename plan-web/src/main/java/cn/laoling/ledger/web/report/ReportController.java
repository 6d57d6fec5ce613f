package cn.laoling.ledger.web.report;

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

import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.report.ReportProblem;
import cn.laoling.ledger.report.ReportRejected;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormSubmission;

/** 我的待办 and the report form of one task and period, for liaisons. */
@Controller
class ReportController {

	private static final String FORM = "reports/form";

	private final ReportingService reporting;

	ReportController(ReportingService reporting) {
		this.reporting = reporting;
	}

	@GetMapping("/reports")
	String myWork(Viewer viewer, Model model) {
		model.addAttribute("items", this.reporting.myWork(viewer));
		return "reports/mywork";
	}

	@GetMapping("/tasks/{taskId}/reports/{periodId}")
	String form(Viewer viewer, @PathVariable long taskId, @PathVariable long periodId, Model model) {
		model.addAttribute("reportForm",
				this.reporting.formOf(viewer, new TaskId(taskId), new ReportingPeriodId(periodId)));
		return page(viewer, taskId, periodId, model);
	}

	@PostMapping("/tasks/{taskId}/reports/{periodId}")
	String save(Viewer viewer, @PathVariable long taskId, @PathVariable long periodId,
			@RequestParam(defaultValue = "draft") String action, @Valid ReportForm reportForm, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		boolean submit = "submit".equals(action);
		return FormSubmission.submit(result, response, () -> {
			try {
				this.reporting.save(viewer, new TaskId(taskId), new ReportingPeriodId(periodId), reportForm, submit);
			}
			catch (ReportRejected ex) {
				ex.problems().forEach((p) -> reject(result, p));
				return page(viewer, taskId, periodId, model);
			}
			redirect.addFlashAttribute("message", submit ? "flash.report.submitted" : "flash.report.saved");
			return submit ? "redirect:/reports" : "redirect:/tasks/" + taskId + "/reports/" + periodId;
		}, () -> page(viewer, taskId, periodId, model), "conflict.report");
	}

	private static void reject(BindingResult result, ReportProblem problem) {
		if (problem.target() >= 0) {
			result.rejectValue("figures[" + problem.target() + "].value", problem.code(),
					new Object[] { problem.target() + 1 }, problem.code());
		}
		else if (problem.code().startsWith("report.progress")) {
			result.rejectValue("progress", problem.code());
		}
		else {
			result.reject(problem.code());
		}
	}

	private String page(Viewer viewer, long taskId, long periodId, Model model) {
		model.addAttribute("report", this.reporting.page(viewer, new TaskId(taskId), new ReportingPeriodId(periodId)));
		model.addAttribute("taskStatuses", TaskStatus.values());
		return FORM;
	}

}
