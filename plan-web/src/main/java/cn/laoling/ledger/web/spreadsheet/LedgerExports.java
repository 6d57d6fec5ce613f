package cn.laoling.ledger.web.spreadsheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;

import cn.laoling.ledger.audit.AuditOutcome;
import cn.laoling.ledger.audit.AuditType;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.PlanPeriod;
import cn.laoling.ledger.plan.Task;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.plan.Tasks;
import cn.laoling.ledger.shared.NumberText;
import cn.laoling.ledger.web.audit.AuditTrail;
import cn.laoling.ledger.web.plan.LedgerFilter;
import cn.laoling.ledger.web.plan.LedgerService;
import cn.laoling.ledger.web.plan.LedgerView;
import cn.laoling.ledger.web.plan.PlanSummary;
import cn.laoling.ledger.web.plan.RowProgress;
import cn.laoling.ledger.web.plan.TaskRow;
import cn.laoling.ledger.web.report.ShareTable;
import cn.laoling.ledger.web.report.Shares;
import cn.laoling.ledger.web.security.Viewer;

/**
 * The ledger spreadsheets a viewer may download: one plan's ledger, or every plan they
 * see, narrowed as on the ledger page. A liaison's hold only their unit's tasks, as the
 * ledger page does.
 */
@Service
public class LedgerExports {

	private final LedgerService ledgers;

	private final MessageSource messages;

	private final Clock clock;

	private final AuditTrail audit;

	private final Tasks tasks;

	private final Shares shares;

	LedgerExports(LedgerService ledgers, MessageSource messages, Clock clock, AuditTrail audit, Tasks tasks,
			Shares shares) {
		this.tasks = tasks;
		this.shares = shares;
		this.ledgers = ledgers;
		this.messages = messages;
		this.clock = clock;
		this.audit = audit;
	}

	public SheetTexts texts() {
		return new SheetTexts(this.messages, LocaleContextHolder.getLocale());
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public LedgerSheet ofPlan(Viewer viewer, PlanId id, LedgerFilter filter) {
		SheetTexts texts = texts();
		LedgerView view = this.ledgers.ledger(viewer, id, filter);
		PlanSummary plan = view.plan();
		List<String> notes = new ArrayList<>();
		notes.add(texts.period(plan.periodStart(), plan.periodEnd()) + texts.message("sheet.gap")
				+ texts.message("sheet.exported", today()));
		filterNote(texts, viewer, filter, view).ifPresent(notes::add);
		List<LedgerSheet.Block> blocks = view.sections()
			.stream()
			.map((s) -> new LedgerSheet.Block(s.heading(), lines(texts, s.rows())))
			.toList();
		this.audit.now(AuditType.LEDGER_EXPORTED, this.audit.names().plan(id, plan.title()), AuditOutcome.SUCCESS,
				String.join(texts.message("sheet.gap"), notes));
		return new LedgerSheet(texts.title(plan.title()), notes, blocks, shares(viewer, texts, plan, view));
	}

	/** The shares of the split targets among the tasks exported (指标分解). */
	private List<LedgerSheet.Share> shares(Viewer viewer, SheetTexts texts, PlanSummary plan, LedgerView view) {
		List<LedgerSheet.Share> shares = new ArrayList<>();
		PlanPeriod period = new PlanPeriod(plan.periodStart(), plan.periodEnd());
		for (LedgerView.LedgerSection section : view.sections()) {
			for (TaskRow row : section.rows()) {
				if (row.splits().stream().allMatch(String::isEmpty)) {
					continue;
				}
				Task task = this.tasks.findById(new TaskId(row.id())).orElseThrow();
				for (ShareTable table : Shares.visibleTo(viewer, task, this.shares.today(task, period))) {
					for (ShareTable.Row share : table.rows()) {
						shares.add(new LedgerSheet.Share(row.number(), table.target(), share.unit(),
								NumberText.of(share.quota()) + table.measure(),
								(share.reported() == null) ? "" : NumberText.of(share.reported()) + table.measure(),
								NumberText.rounded(share.expected()) + table.measure(),
								texts.message("share.standing." + share.standing()), share.light()));
					}
				}
			}
		}
		return shares;
	}

	/** Every plan the viewer sees, each plan's sections headed by its title. */
	public LedgerSheet ofAllPlans(Viewer viewer, LedgerFilter filter) {
		SheetTexts texts = texts();
		List<LedgerSheet.Block> blocks = new ArrayList<>();
		LedgerView last = null;
		for (PlanSummary plan : this.ledgers.plansFor(viewer)) {
			last = this.ledgers.ledger(viewer, new PlanId(plan.id()), filter);
			for (LedgerView.LedgerSection section : last.sections()) {
				String heading = texts.message("sheet.planHeading", plan.title())
						+ (section.heading().isEmpty() ? "" : texts.message("sheet.gap") + section.heading());
				blocks.add(new LedgerSheet.Block(heading, lines(texts, section.rows())));
			}
		}
		List<String> notes = new ArrayList<>();
		notes.add(texts.message("sheet.exported", today()));
		if (last != null) {
			filterNote(texts, viewer, filter, last).ifPresent(notes::add);
		}
		this.audit.now(AuditType.LEDGER_EXPORTED, this.audit.names().allPlans(), AuditOutcome.SUCCESS,
				String.join(texts.message("sheet.gap"), notes));
		return new LedgerSheet(texts.message("sheet.title.all"), notes, blocks);
	}

	/** Sends the sheet as an .xlsx download named by its title and the day. */
	public void send(LedgerSheet sheet, HttpServletResponse response) throws IOException {
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(fileName(sheet), StandardCharsets.UTF_8)
			.build();
		response.setContentType(LedgerExportController.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
		new LedgerWorkbook(texts()).write(sheet, response.getOutputStream());
	}

	/**
	 * The download's name: the plan's title and the day, without characters a file name
	 * cannot hold.
	 */
	public String fileName(LedgerSheet sheet) {
		return (sheet.title() + "-" + today() + ".xlsx").replaceAll("[\\\\/:*?\"<>|\\s]", "");
	}

	private static Optional<String> filterNote(SheetTexts texts, Viewer viewer, LedgerFilter filter, LedgerView view) {
		List<String> parts = new ArrayList<>();
		if (filter.unit() != null) {
			view.units()
				.stream()
				.filter((u) -> u.id() == filter.unit())
				.findFirst()
				.ifPresent((u) -> parts.add(texts.message("sheet.filter.unit", u.name())));
		}
		if (filter.status() != null) {
			parts.add(texts.message("sheet.filter.status", texts.status(filter.status())));
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			// a cell holds at most 32,767 characters; a search text that long is a probe
			String q = filter.q().strip();
			parts.add(texts.message("sheet.filter.q", (q.length() > 200) ? q.substring(0, 200) + "…" : q));
		}
		if (viewer.isLiaison() || filter.mine()) {
			parts.add(texts.message("sheet.filter.mine"));
		}
		return parts.isEmpty() ? Optional.empty()
				: Optional.of(texts.message("sheet.filter", String.join(texts.message("sheet.gap"), parts)));
	}

	/** Each row as the spreadsheet writes it. */
	public static List<LedgerSheet.Line> lines(SheetTexts texts, List<TaskRow> rows) {
		return rows.stream().map((row) -> {
			Map<LedgerColumn, String> cells = new EnumMap<>(LedgerColumn.class);
			cells.put(LedgerColumn.NUMBER, row.number());
			cells.put(LedgerColumn.TASK, row.text());
			cells.put(LedgerColumn.TARGETS, String.join("\n", row.targets()));
			cells.put(LedgerColumn.LEAD_UNITS, texts.units(row.leadUnits()));
			cells.put(LedgerColumn.RESPONSIBLE_UNITS, texts.units(row.responsibleUnits()));
			List<String> deadlines = new ArrayList<>(row.deadlines().stream().map(texts::deadline).toList());
			if (row.extendedTo() != null) {
				deadlines.add(texts.message("task.deadline.extended", row.extendedTo().toString()));
			}
			cells.put(LedgerColumn.DEADLINE, String.join("\n", deadlines));
			cells.put(LedgerColumn.STATUS, texts.status(row.status()));
			RowProgress progress = row.progress();
			if (progress.isReported()) {
				cells.put(LedgerColumn.PROGRESS, progress.text());
				cells.put(LedgerColumn.COMPLETION, String.join("\n", progress.completion()));
				cells.put(LedgerColumn.PROBLEMS, Objects.toString(progress.problems(), ""));
				cells.put(LedgerColumn.NEXT_STEPS, Objects.toString(progress.nextSteps(), ""));
			}
			cells.put(LedgerColumn.ON_SCHEDULE, texts.message("standing." + progress.standing()));
			return new LedgerSheet.Line(cells, progress.light());
		}).toList();
	}

}
