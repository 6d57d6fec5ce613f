package cn.laoling.ledger.prompt;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.UnitId;

/** Port: 专项工作提示 and the units' responses. */
public interface WorkPrompts {

	/** Saves a new prompt and expects a response from each of its units. */
	WorkPrompt create(WorkPrompt prompt);

	Optional<WorkPrompt> findById(WorkPromptId id);

	/** The regions' prompts, newest first. */
	List<WorkPrompt> inRegions(Collection<RegionId> regions);

	/** The prompts sent to any of the units, newest first. */
	List<WorkPrompt> toUnits(Collection<UnitId> units);

	List<PromptResponse> responses(WorkPromptId id);

	/**
	 * @return whether this was the unit's first acknowledgement
	 */
	boolean acknowledge(WorkPromptId id, UnitId unit, String by, Instant at);

	/** The unit's answer, replacing an earlier one; answering acknowledges too. */
	void answer(WorkPromptId id, UnitId unit, String answer, String by, Instant at);

}
