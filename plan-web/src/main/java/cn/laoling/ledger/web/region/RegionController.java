package cn.laoling.ledger.web.region;

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

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormRejection;
import cn.laoling.ledger.web.support.FormSubmission;

/** 行政区划管理: the system administrator's list of regions, with add and rename. */
@Controller
class RegionController {

	private static final String LIST = "admin/regions/list";

	private final RegionService regions;

	RegionController(RegionService regions) {
		this.regions = regions;
	}

	@GetMapping("/admin/regions")
	String list(Viewer viewer, Model model) {
		RegionForm form = new RegionForm();
		form.setParentId(viewer.homeRegion().value());
		model.addAttribute("regionForm", form);
		return page(viewer, model);
	}

	@PostMapping("/admin/regions")
	String create(Viewer viewer, @Valid RegionForm regionForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return FormSubmission.submit(result, response, () -> {
			this.regions.create(viewer, regionForm);
			redirect.addFlashAttribute("message", "flash.region.created");
			return "redirect:/admin/regions";
		}, () -> page(viewer, model));
	}

	@PostMapping("/admin/regions/{regionId}/rename")
	String rename(Viewer viewer, @PathVariable long regionId, @RequestParam(defaultValue = "") String name,
			@RequestParam long version, RedirectAttributes redirect) {
		if (name.isBlank() || name.strip().length() > 50) {
			redirect.addFlashAttribute("error", "region.name.invalid");
			return "redirect:/admin/regions";
		}
		try {
			this.regions.rename(viewer, new RegionId(regionId), name, version);
			redirect.addFlashAttribute("message", "flash.region.renamed");
		}
		catch (FormRejection ex) {
			redirect.addFlashAttribute("error", ex.code());
		}
		return "redirect:/admin/regions";
	}

	private String page(Viewer viewer, Model model) {
		model.addAttribute("regions", this.regions.list(viewer));
		model.addAttribute("parents", this.regions.optionsFor(viewer));
		return LIST;
	}

}
