package cn.laoling.ledger.web.planimport;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.laoling.ledger.plan.Comparator;
import cn.laoling.ledger.plan.PlanHead;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.report.ReportContent;
import cn.laoling.ledger.plan.Recurrence;
import cn.laoling.ledger.plan.document.PlanDocumentParser;
import cn.laoling.ledger.plan.document.PlanParse;
import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.unit.UnitKind;
import cn.laoling.ledger.web.security.Viewer;
import cn.laoling.ledger.web.support.FormSubmission;
import cn.laoling.ledger.web.support.UploadLimit;

/**
 * 导入方案: a plan document uploaded or pasted, recognised, shown beside what was found for
 * the office to correct, and saved only when confirmed.
 */
@Controller
class PlanImportController {

	private final PlanImportService imports;

	private final MessageSource messages;

	private final ImportDrafts drafts;

	PlanImportController(PlanImportService imports, MessageSource messages, ImportDrafts drafts) {
		this.imports = imports;
		this.messages = messages;
		this.drafts = drafts;
	}

	@GetMapping("/plans/import")
	String upload(@RequestParam(required = false) String problem, Model model) {
		if (UploadLimit.TOO_LARGE.equals(problem)) {
			model.addAttribute("problem", "import.file.tooLarge");
		}
		return "planimport/upload";
	}

	@PostMapping("/plans/import")
	String read(Viewer viewer, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String text, Model model) {
		String source;
		String name;
		try {
			if (file != null && !file.isEmpty()) {
				name = file.getOriginalFilename();
				source = DocumentText.read(file.getBytes());
			}
			else if (text != null && !text.isBlank()) {
				name = null;
				source = text;
			}
			else {
				throw new UnreadableDocument("import.file.nothing");
			}
		}
		catch (UnreadableDocument ex) {
			model.addAttribute("problem", ex.code());
			return "planimport/upload";
		}
		catch (IOException ex) {
			model.addAttribute("problem", "import.file.notText");
			return "planimport/upload";
		}
		PlanParse parse = PlanDocumentParser.parse(source);
		if (!parse.isPlan()) {
			model.addAttribute("problem", "import.notPlan");
			model.addAttribute("reasons", texts().notPlanReason(parse.notPlanReasons()));
			model.addAttribute("text", text);
			return "planimport/upload";
		}
		ImportDraft draft = this.drafts.keep(viewer.username(), name, source, parse);
		return "redirect:/plans/import/" + draft.id();
	}

	@GetMapping("/plans/import/{draftId}")
	String preview(Viewer viewer, @PathVariable("draftId") String id, Model model, RedirectAttributes redirect) {
		Optional<String> confirmed = this.drafts.alreadyConfirmed(viewer.username(), id, redirect);
		if (confirmed.isPresent()) {
			return confirmed.get();
		}
		ImportDraft draft = draft(viewer, id);
		return preview(viewer, draft, this.imports.formOf(viewer, draft.parse()), model);
	}

	@PostMapping("/plans/import/{draftId}")
	String confirm(Viewer viewer, @PathVariable("draftId") String id, @Valid ImportForm importForm,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Optional<String> confirmed = this.drafts.alreadyConfirmed(viewer.username(), id, redirect);
		if (confirmed.isPresent()) {
			return confirmed.get();
		}
		ImportDraft draft = draft(viewer, id);
		if (importForm.getProgressPlan() != null) {
			// only the progress is saved: what a new plan would need is not asked for
			result = progressOnly(importForm);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "importForm", result);
		}
		else {
			requireLeadUnits(importForm, result);
		}
		return FormSubmission.submit(result, response, () -> {
			boolean intoExisting = importForm.getProgressPlan() != null;
			PlanId plan = intoExisting ? this.imports.progressInto(viewer, importForm)
					: this.imports.confirm(viewer, importForm);
			this.drafts.confirmed(viewer.username(), id, "/plans/" + plan.value());
			redirect.addFlashAttribute("message", intoExisting ? "flash.progress.imported" : "flash.plan.imported");
			return "redirect:/plans/" + plan.value();
		}, () -> {
			importForm.setUnitChoices(this.imports.choicesFor(viewer, importForm));
			return preview(viewer, draft, importForm, model);
		});
	}

	@PostMapping("/plans/import/{draftId}/cancel")
	String cancel(Viewer viewer, @PathVariable("draftId") String id, RedirectAttributes redirect) {
		this.drafts.drop(viewer.username(), id);
		redirect.addFlashAttribute("message", "flash.import.cancelled");
		return "redirect:/plans";
	}

	/** Every task still without a lead unit is named at once, not one per confirm. */
	/** The form's checks when only its 进展情况 go into an existing plan. */
	private static BindingResult progressOnly(ImportForm form) {
		BindingResult result = new BeanPropertyBindingResult(form, "importForm");
		for (int i = 0; i < form.getTasks().size(); i++) {
			String progress = form.getTasks().get(i).getProgress();
			if (progress != null && progress.length() > ReportContent.MAX_TEXT) {
				result.rejectValue("tasks[" + i + "].progress", "Size", new Object[] { ReportContent.MAX_TEXT }, null);
			}
		}
		return result;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return (a == null) ? b : (b == null || a.isBefore(b)) ? a : b;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return (a == null) ? b : (b == null || a.isAfter(b)) ? a : b;
	}

	private static void requireLeadUnits(ImportForm form, BindingResult result) {
		for (int i = 0; i < form.getTasks().size(); i++) {
			ImportTaskForm task = form.getTasks().get(i);
			if (!task.isSkipped() && (task.getLeadUnits() == null || task.getLeadUnits().isBlank())) {
				result.rejectValue("tasks[" + i + "].leadUnits", "import.task.leadRequired",
						new Object[] { task.getNumber() }, null);
			}
		}
	}

	private String preview(Viewer viewer, ImportDraft draft, ImportForm form, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("importForm", form);
		model.addAttribute("warnings", PreviewWarnings.of(draft.parse(), texts()));
		model.addAttribute("readFrom", ReadFromLines.of(draft.parse(), texts()));
		model.addAttribute("sameNumber", this.imports.plansWithNumber(viewer, form.getDocumentNumber()));
		model.addAttribute("sectionOptions", lines(form.getSections()));
		model.addAttribute("units", this.imports.unitsOf(viewer));
		model.addAttribute("unitKinds", UnitKind.values());
		model.addAttribute("comparators", Comparator.values());
		model.addAttribute("recurrences", Recurrence.values());
		List<PlanHead> progressPlans = form.hasProgress() ? this.imports.plansForProgress(viewer) : List.of();
		model.addAttribute("progressPlans", progressPlans);
		model.addAttribute("progressQuarters",
				ProgressImport.quarters(
						progressPlans.stream()
							.map((p) -> p.period().start())
							.reduce(form.getPeriodStart(), PlanImportController::earlier),
						progressPlans.stream()
							.map((p) -> p.period().end())
							.reduce(form.getPeriodEnd(), PlanImportController::later)));
		return "planimport/preview";
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	private ParseTexts texts() {
		Locale locale = LocaleContextHolder.getLocale();
		return new ParseTexts(this.messages, locale);
	}

	private ImportDraft draft(Viewer viewer, String id) {
		return this.drafts.find(viewer.username(), id, ImportDraft.class)
			.orElseThrow(() -> new NotFoundException("import draft", id));
	}

}
