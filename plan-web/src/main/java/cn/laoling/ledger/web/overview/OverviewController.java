package cn.laoling.ledger.web.overview;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;

import cn.laoling.ledger.overview.Overview;
import cn.laoling.ledger.report.Light;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.RenderedFragments;

/**
 * 总览: one screen that says where every plan stands. Leaders read it far more often than
 * the plans change, so its body is rendered once for everyone who sees the same.
 */
@Controller
class OverviewController {

	/**
	 * The rows of a long table on the printed page, which is one A4 sheet for a meeting:
	 * ledger.css hides the rest ({@code .print-first}, {@code .print-keep}).
	 */
	private static final int PRINT_SHOWN = 6;

	private final OverviewService overviews;

	private final RenderedFragments fragments;

	OverviewController(OverviewService overviews, RenderedFragments fragments) {
		this.overviews = overviews;
		this.fragments = fragments;
	}

	@GetMapping("/overview")
	View overview(Viewer viewer, @RequestParam(required = false) Long plan,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		OverviewFilter filter = new OverviewFilter(plan, year, unit);
		OverviewService.Scope scope = this.overviews.scope(viewer, filter);
		model.addAttribute("titleKey", "overview.title");
		return this.fragments.page(scope.key(), "overview/overview :: #content",
				() -> Map.of("page", this.overviews.overview(viewer, filter, scope), "lights", Light.values(),
						"targetsShown", Overview.TARGETS_SHOWN, "deadlinesShown", Overview.DEADLINES_SHOWN,
						"alarmingShown", Overview.ALARMING_SHOWN, "unitsShown", Overview.UNITS_SHOWN, "redShown",
						Overview.RED_TASKS_SHOWN, "printShown", PRINT_SHOWN),
				request, response);
	}

}
