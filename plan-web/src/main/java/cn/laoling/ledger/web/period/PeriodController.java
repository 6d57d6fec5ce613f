package cn.laoling.ledger.web.period;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormSubmission;

/** 报送期: a plan's quarters, their due dates and locks, and who reported in each. */
@Controller
class PeriodController {

	private final PeriodService periods;

	PeriodController(PeriodService periods) {
		this.periods = periods;
	}

	@GetMapping("/plans/{planId}/periods")
	String page(Viewer viewer, @PathVariable long planId, @RequestParam(required = false) Long period, Model model) {
		model.addAttribute("page", this.periods.page(viewer, new PlanId(planId), period));
		return "plans/periods";
	}

	@PostMapping("/plans/{planId}/periods/{periodId}/due")
	String due(Viewer viewer, @PathVariable long planId, @PathVariable long periodId, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
			RedirectAttributes redirect) {
		return act(redirect, planId, periodId, "flash.period.dueChanged", () -> this.periods.changeDueDate(viewer,
				new PlanId(planId), new ReportingPeriodId(periodId), version, dueDate));
	}

	@PostMapping("/plans/{planId}/periods/{periodId}/close")
	String close(Viewer viewer, @PathVariable long planId, @PathVariable long periodId, @RequestParam long version,
			RedirectAttributes redirect) {
		return act(redirect, planId, periodId, "flash.period.closed",
				() -> this.periods.close(viewer, new PlanId(planId), new ReportingPeriodId(periodId), version));
	}

	@PostMapping("/plans/{planId}/periods/{periodId}/reopen")
	String reopen(Viewer viewer, @PathVariable long planId, @PathVariable long periodId, @RequestParam long version,
			RedirectAttributes redirect) {
		return act(redirect, planId, periodId, "flash.period.reopened",
				() -> this.periods.reopen(viewer, new PlanId(planId), new ReportingPeriodId(periodId), version));
	}

	/** Carries out a change; a stale or refused one comes back as the page's message. */
	private static String act(RedirectAttributes redirect, long planId, long periodId, String done, Runnable change) {
		return FormSubmission.decide(redirect, done, "conflict.period", change, back(planId, periodId));
	}

	private static String back(long planId, long periodId) {
		return "redirect:/plans/" + planId + "/periods?period=" + periodId;
	}

}
