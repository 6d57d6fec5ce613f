package cn.laoling.ledger.web.planimport;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.spreadsheet.LedgerTable;
import cn.laoling.ledger.web.spreadsheet.SheetReader;
import cn.laoling.ledger.web.spreadsheet.SheetTexts;
import cn.laoling.ledger.web.spreadsheet.UnreadableSheet;
import cn.laoling.ledger.web.support.FormSubmission;
import cn.laoling.ledger.web.support.UploadLimit;

/**
 * 导入台账: an .xlsx ledger uploaded, read row by row, previewed with what each row does, and
 * saved into a new or an existing plan only when confirmed.
 */
@Controller
class SheetImportController {

	private static final String UPLOAD = "planimport/sheet-upload";

	private static final String PREVIEW = "planimport/sheet-preview";

	private final SheetImportService sheets;

	private final MessageSource messages;

	private final SpringValidatorAdapter validator;

	private final ImportDrafts drafts;

	SheetImportController(SheetImportService sheets, MessageSource messages, Validator validator, ImportDrafts drafts) {
		this.sheets = sheets;
		this.messages = messages;
		this.validator = new SpringValidatorAdapter(validator);
		this.drafts = drafts;
	}

	@GetMapping("/plans/import-sheet")
	String upload(Viewer viewer, @RequestParam(required = false) Long plan,
			@RequestParam(required = false) String problem, Model model) {
		if (UploadLimit.TOO_LARGE.equals(problem)) {
			model.addAttribute("problem", "sheet.file.tooLarge");
		}
		return upload(viewer, plan, model);
	}

	@PostMapping("/plans/import-sheet")
	String read(Viewer viewer, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Long plan, Model model) {
		try {
			if (file == null || file.isEmpty()) {
				throw new UnreadableSheet("sheet.file.nothing");
			}
			LedgerTable table = LedgerTable.of(SheetReader.read(file.getBytes()),
					new SheetTexts(this.messages, LocaleContextHolder.getLocale()));
			if (table.entries().isEmpty()) {
				throw new UnreadableSheet("sheet.file.noTasks");
			}
			SheetDraft draft = this.drafts.keep(viewer.username(),
					this.sheets.preview(viewer, file.getOriginalFilename(), table, plan));
			return "redirect:/plans/import-sheet/" + draft.id();
		}
		catch (UnreadableSheet ex) {
			model.addAttribute("problem", ex.code());
		}
		catch (IOException ex) {
			model.addAttribute("problem", "sheet.file.notXlsx");
		}
		return upload(viewer, plan, model);
	}

	@GetMapping("/plans/import-sheet/{draftId}")
	String preview(Viewer viewer, @PathVariable("draftId") String id, @RequestParam(defaultValue = "all") String show,
			@RequestParam(defaultValue = "1") int page, Model model, RedirectAttributes redirect) {
		Optional<String> confirmed = this.drafts.alreadyConfirmed(viewer.username(), id, redirect);
		if (confirmed.isPresent()) {
			return confirmed.get();
		}
		SheetDraft draft = draft(viewer, id);
		model.addAttribute("importForm", draft.form());
		model.addAttribute("rowPage", SheetRowPage.of(draft.rows(), show, page));
		return preview(viewer, draft, model);
	}

	@PostMapping("/plans/import-sheet/{draftId}")
	String confirm(Viewer viewer, @PathVariable("draftId") String id, @ModelAttribute("posted") ImportForm posted,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Optional<String> confirmed = this.drafts.alreadyConfirmed(viewer.username(), id, redirect);
		if (confirmed.isPresent()) {
			return confirmed.get();
		}
		SheetDraft draft = draft(viewer, id);
		model.addAttribute("rowPage", SheetRowPage.of(draft.rows(), draft.hasErrors() ? "problems" : "all", 1));
		ImportForm form = withChoices(draft, posted);
		BindingResult result = new BeanPropertyBindingResult(form, "importForm");
		if (draft.planId() == null) {
			this.validator.validate(form, result);
		}
		if (draft.hasErrors()) {
			result.reject("sheet.preview.fixFirst");
		}
		model.addAttribute("importForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "importForm", result);
		return FormSubmission.submit(result, response, () -> {
			PlanId plan = this.sheets.confirm(viewer, draft, form);
			this.drafts.confirmed(viewer.username(), id, "/plans/" + plan.value());
			redirect.addFlashAttribute("message", "flash.sheet.imported");
			return "redirect:/plans/" + plan.value();
		}, () -> preview(viewer, draft, model), "sheet.preview.stale");
	}

	@PostMapping("/plans/import-sheet/{draftId}/cancel")
	String cancel(Viewer viewer, @PathVariable("draftId") String id, RedirectAttributes redirect) {
		this.drafts.drop(viewer.username(), id);
		redirect.addFlashAttribute("message", "flash.import.cancelled");
		return "redirect:/plans";
	}

	/**
	 * The draft's tasks with what the office chose and, for a new plan, wrote on the
	 * page.
	 */
	private static ImportForm withChoices(SheetDraft draft, ImportForm posted) {
		ImportForm form = new ImportForm();
		form.setTasks(draft.form().getTasks());
		form.setSections(draft.form().getSections());
		form.setUnitChoices(posted.getUnitChoices());
		form.setProgressQuarter(posted.getProgressQuarter());
		if (draft.planId() == null) {
			form.setTitle(posted.getTitle());
			form.setDocumentNumber(posted.getDocumentNumber());
			form.setPeriodStart(posted.getPeriodStart());
			form.setPeriodEnd(posted.getPeriodEnd());
		}
		return form;
	}

	private String upload(Viewer viewer, Long plan, Model model) {
		model.addAttribute("plans", this.sheets.plansOf(viewer));
		model.addAttribute("selectedPlan", plan);
		return UPLOAD;
	}

	private String preview(Viewer viewer, SheetDraft draft, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("progressQuarters",
				this.sheets.progressQuarters(viewer, draft, (ImportForm) model.getAttribute("importForm")));
		model.addAttribute("units", this.sheets.unitsOf(viewer));
		model.addAttribute("unitKinds", UnitKind.values());
		return PREVIEW;
	}

	private SheetDraft draft(Viewer viewer, String id) {
		return this.drafts.find(viewer.username(), id, SheetDraft.class)
			.orElseThrow(() -> new NotFoundException("import draft", id));
	}

}
