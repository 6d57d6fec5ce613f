package cn.laoling.ledger.web.review;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.report.ReportId;
import cn.laoling.ledger.web.extension.ExtensionService;
import cn.laoling.ledger.web.report.EvidenceResponses;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormSubmission;
import cn.laoling.ledger.web.support.PersonNames;

/** 报送审核: the office's queue of submitted reports, and the review of one. */
@Controller
class ReviewController {

	private static final String PAGE = "review/report";

	private final ReviewService reviews;

	private final ExtensionService extensions;

	private final PersonNames people;

	ReviewController(ReviewService reviews, ExtensionService extensions, PersonNames people) {
		this.people = people;
		this.reviews = reviews;
		this.extensions = extensions;
	}

	@GetMapping("/review")
	String queue(Viewer viewer, Model model) {
		model.addAttribute("items", this.reviews.queue(viewer));
		model.addAttribute("extensions", this.extensions.pending(viewer));
		return "review/queue";
	}

	@GetMapping("/review/{reportId}")
	String report(Viewer viewer, @PathVariable long reportId, Model model) {
		ReviewForm form = new ReviewForm();
		form.setVersion(page(viewer, reportId, model).version());
		model.addAttribute("reviewForm", form);
		return PAGE;
	}

	@PostMapping("/review/{reportId}/accept")
	String accept(Viewer viewer, @PathVariable long reportId, @Valid ReviewForm reviewForm, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(result, response, () -> {
			this.reviews.accept(viewer, new ReportId(reportId), reviewForm.getVersion());
			redirect.addFlashAttribute("message", "flash.review.accepted");
			return "redirect:/review";
		}, () -> {
			page(viewer, reportId, model);
			return PAGE;
		}, "conflict.review");
	}

	@PostMapping("/review/{reportId}/return")
	String returnReport(Viewer viewer, @PathVariable long reportId, @Valid ReviewForm reviewForm, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (reviewForm.getComment() == null || reviewForm.getComment().isBlank()) {
			result.rejectValue("comment", "review.comment.required");
		}
		return FormSubmission.submit(result, response, () -> {
			this.reviews.returnWith(viewer, new ReportId(reportId), reviewForm.getVersion(), reviewForm.getComment());
			redirect.addFlashAttribute("message", "flash.review.returned");
			return "redirect:/review";
		}, () -> {
			page(viewer, reportId, model);
			return PAGE;
		}, "conflict.review");
	}

	@PostMapping("/tasks/{taskId}/close-out")
	String closeOut(Viewer viewer, @PathVariable long taskId, @RequestParam long version, RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.task.closedOut", FormSubmission.CONFLICT,
				() -> this.reviews.closeOut(viewer, new TaskId(taskId), version), "redirect:/tasks/" + taskId);
	}

	@PostMapping("/tasks/{taskId}/reopen")
	String reopen(Viewer viewer, @PathVariable long taskId, @RequestParam long version, RedirectAttributes redirect) {
		return FormSubmission.decide(redirect, "flash.task.reopened", FormSubmission.CONFLICT,
				() -> this.reviews.reopenTask(viewer, new TaskId(taskId), version), "redirect:/tasks/" + taskId);
	}

	@GetMapping("/review/{reportId}/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidence(Viewer viewer, @PathVariable long reportId, @PathVariable long evidenceId) {
		return EvidenceResponses.of(this.reviews.evidence(viewer, new ReportId(reportId), evidenceId));
	}

	private ReviewPage page(Viewer viewer, long reportId, Model model) {
		ReviewPage review = this.reviews.page(viewer, new ReportId(reportId));
		model.addAttribute("review", review);
		model.addAttribute("people",
				this.people.of(review.history().stream().map(ReviewPage.HistoryLine::actor).toList()));
		return review;
	}

}
