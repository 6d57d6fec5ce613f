package cn.laoling.ledger.web.report;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.TaskStatus;
import cn.laoling.ledger.report.ReportProblem;
import cn.laoling.ledger.report.ReportRejected;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormSubmission;
import cn.laoling.ledger.web.support.UploadLimit;

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
		ReportingService.Opened opened = this.reporting.open(viewer, new TaskId(taskId),
				new ReportingPeriodId(periodId));
		model.addAttribute("reportForm", opened.form());
		model.addAttribute("report", opened.page());
		model.addAttribute("taskStatuses", TaskStatus.values());
		return FORM;
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

	/** 催报: the lead unit asks a responsible unit for its part of the period. */
	@PostMapping("/tasks/{taskId}/reports/{periodId}/chase")
	String chase(Viewer viewer, @PathVariable long taskId, @PathVariable long periodId, @RequestParam long unit,
			RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.report.chased", FormSubmission.CONFLICT,
				() -> this.reporting.chase(viewer, new TaskId(taskId), new ReportingPeriodId(periodId),
						new UnitId(unit)),
				"redirect:" + ReportingService.reportLink(new TaskId(taskId), new ReportingPeriodId(periodId)));
	}

	@PostMapping("/tasks/{taskId}/reports/{periodId}/evidence")
	String upload(Viewer viewer, @PathVariable long taskId, @PathVariable long periodId,
			@RequestParam(required = false) MultipartFile file,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect)
			throws IOException {
		String problem = null;
		try {
			this.reporting.addEvidence(viewer, new TaskId(taskId), new ReportingPeriodId(periodId),
					(file == null) ? null : file.getOriginalFilename(), (file == null) ? new byte[0] : file.getBytes());
		}
		catch (EvidenceRefused ex) {
			problem = ex.code();
		}
		catch (DomainRuleException ex) {
			problem = "rule." + ex.code();
		}
		return afterEvidence(viewer, taskId, periodId, problem, "flash.evidence.added", htmx, model, redirect);
	}

	/** Where the upload limit sends an upload over 20 MB back to. */
	@GetMapping("/tasks/{taskId}/reports/{periodId}/evidence")
	String uploadRefused(@PathVariable long taskId, @PathVariable long periodId,
			@RequestParam(required = false) String problem, RedirectAttributes redirect) {
		if (UploadLimit.TOO_LARGE.equals(problem)) {
			redirect.addFlashAttribute("error", "evidence.file.tooLarge");
		}
		return "redirect:/tasks/" + taskId + "/reports/" + periodId;
	}

	@PostMapping("/tasks/{taskId}/reports/{periodId}/evidence/{evidenceId}/delete")
	String removeEvidence(Viewer viewer, @PathVariable long taskId, @PathVariable long periodId,
			@PathVariable long evidenceId, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, RedirectAttributes redirect) {
		String problem = null;
		try {
			this.reporting.removeEvidence(viewer, new TaskId(taskId), new ReportingPeriodId(periodId), evidenceId);
		}
		catch (DomainRuleException ex) {
			problem = "rule." + ex.code();
		}
		return afterEvidence(viewer, taskId, periodId, problem, "flash.evidence.removed", htmx, model, redirect);
	}

	@GetMapping("/tasks/{taskId}/reports/{periodId}/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(Viewer viewer, @PathVariable long taskId, @PathVariable long periodId,
			@PathVariable long evidenceId) {
		return EvidenceResponses
			.of(this.reporting.evidence(viewer, new TaskId(taskId), new ReportingPeriodId(periodId), evidenceId));
	}

	/**
	 * Back to the form; an upload from the page itself (htmx) gets only the evidence
	 * list, so that what is typed in the form stays.
	 */
	private String afterEvidence(Viewer viewer, long taskId, long periodId, String problem, String done, String htmx,
			Model model, RedirectAttributes redirect) {
		if (htmx != null) {
			model.addAttribute("report",
					this.reporting.page(viewer, new TaskId(taskId), new ReportingPeriodId(periodId)));
			model.addAttribute("evidenceProblem", problem);
			model.addAttribute("evidenceDone", (problem == null) ? done : null);
			model.addAttribute("partial", true);
			return FORM + " :: evidence";
		}
		redirect.addFlashAttribute((problem == null) ? "message" : "error", (problem == null) ? done : problem);
		return "redirect:/tasks/" + taskId + "/reports/" + periodId;
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
