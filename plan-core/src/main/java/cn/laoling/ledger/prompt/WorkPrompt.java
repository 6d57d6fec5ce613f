package cn.laoling.ledger.prompt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.shared.DomainRuleException;
import cn.laoling.ledger.shared.Require;
import cn.laoling.ledger.unit.UnitId;

/**
 * 专项工作提示: the office tells chosen units what to do about chosen tasks ("6月底前完成优先结算通道")
 * and by when to respond; each unit acknowledges it and answers.
 */
public record WorkPrompt(WorkPromptId id, RegionId regionId, String title, String body, LocalDate respondBy,
		List<UnitId> units, List<TaskId> tasks, String createdBy, Instant createdAt) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_TEXT = 4000;

	public WorkPrompt {
		Require.present(regionId, "regionId");
		units = List.copyOf(new LinkedHashSet<>(units));
		tasks = List.copyOf(new LinkedHashSet<>(tasks));
		Require.present(createdBy, "createdBy");
		Require.present(createdAt, "createdAt");
	}

	/**
	 * A new prompt, checked: a title, a text, at least one unit, and a response date not
	 * before the day it is written.
	 */
	public static WorkPrompt write(RegionId region, String title, String body, LocalDate respondBy, List<UnitId> units,
			List<TaskId> tasks, LocalDate today, String by, Instant at) {
		if (title == null || title.isBlank()) {
			throw new DomainRuleException("prompt.title.required", "a title is required");
		}
		if (body == null || body.isBlank()) {
			throw new DomainRuleException("prompt.body.required", "a text is required");
		}
		if (title.strip().length() > MAX_TITLE || body.strip().length() > MAX_TEXT) {
			throw new DomainRuleException("prompt.tooLong", "title or text too long");
		}
		if (respondBy == null || respondBy.isBefore(today)) {
			throw new DomainRuleException("prompt.respondBy.past", "respond by " + respondBy + " is past");
		}
		if (units == null || units.isEmpty()) {
			throw new DomainRuleException("prompt.units.required", "no unit chosen");
		}
		return new WorkPrompt(null, region, title.strip(), body.strip(), respondBy, units, tasks, by, at);
	}

	public WorkPrompt withId(WorkPromptId newId) {
		return new WorkPrompt(newId, this.regionId, this.title, this.body, this.respondBy, this.units, this.tasks,
				this.createdBy, this.createdAt);
	}

}
