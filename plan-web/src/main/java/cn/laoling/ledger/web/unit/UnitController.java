package cn.laoling.ledger.web.unit;

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

import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormSubmission;

@Controller
class UnitController {

	private static final String FORM = "units/form";

	private static final String MERGE = "units/merge";

	private final UnitService units;

	private final UnitMergeService merges;

	private final UnitTexts texts;

	UnitController(UnitService units, UnitMergeService merges, UnitTexts texts) {
		this.units = units;
		this.merges = merges;
		this.texts = texts;
	}

	@ModelAttribute("unitKinds")
	UnitKind[] unitKinds() {
		return UnitKind.values();
	}

	@GetMapping("/units")
	String list(Viewer viewer, Model model) {
		model.addAttribute("units", this.units.registry(viewer));
		return "units/list";
	}

	@GetMapping("/units/new")
	String newUnit(Model model) {
		model.addAttribute("unitForm", new UnitForm());
		return FORM;
	}

	@PostMapping("/units")
	String register(Viewer viewer, @Valid UnitForm unitForm, BindingResult result, RedirectAttributes redirect,
			HttpServletResponse response) {
		return FormSubmission.submit(result, response, () -> {
			this.units.register(viewer, unitForm);
			redirect.addFlashAttribute("message", "flash.unit.created");
			return "redirect:/units";
		}, () -> FORM);
	}

	@GetMapping("/units/{unitId}/edit")
	String edit(Viewer viewer, @PathVariable long unitId, Model model) {
		model.addAttribute("unitForm", this.units.formOf(viewer, new UnitId(unitId)));
		model.addAttribute("unitId", unitId);
		return FORM;
	}

	@PostMapping("/units/{unitId}/edit")
	String revise(Viewer viewer, @PathVariable long unitId, @Valid UnitForm unitForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.units.formOf(viewer, new UnitId(unitId));
		model.addAttribute("unitId", unitId);
		return FormSubmission.submit(result, response, () -> {
			this.units.revise(viewer, new UnitId(unitId), unitForm);
			redirect.addFlashAttribute("message", "flash.unit.saved");
			return "redirect:/units";
		}, () -> FORM);
	}

	@PostMapping("/units/{unitId}/delete")
	String delete(Viewer viewer, @PathVariable long unitId, @RequestParam long version, RedirectAttributes redirect) {
		try {
			return FormSubmission.decide(redirect, "flash.unit.deleted", "conflict.unit",
					() -> this.units.delete(viewer, new UnitId(unitId), version), "redirect:/units");
		}
		catch (UnitInUse ex) {
			redirect.addFlashAttribute("refusal", this.texts.stillReferenced(ex.unit(), ex.references()));
			return "redirect:/units";
		}
	}

	@GetMapping("/units/{unitId}/merge")
	String mergePage(Viewer viewer, @PathVariable long unitId, @RequestParam(required = false) Long into, Model model) {
		model.addAttribute("page",
				this.merges.page(viewer, new UnitId(unitId), (into == null) ? null : new UnitId(into)));
		return MERGE;
	}

	@PostMapping("/units/{unitId}/merge")
	String merge(Viewer viewer, @PathVariable long unitId, @RequestParam long into, @RequestParam long version,
			@RequestParam long intoVersion, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.merges.merge(viewer, new UnitId(unitId), version, new UnitId(into), intoVersion);
			redirect.addFlashAttribute("message", "flash.unit.merged");
			return "redirect:/units";
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error", "conflict.unit");
		}
		catch (DomainRuleException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error", "rule." + ex.code());
		}
		return mergePage(viewer, unitId, into, model);
	}

}
