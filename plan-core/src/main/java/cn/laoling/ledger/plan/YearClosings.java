package cn.laoling.ledger.plan;

import java.util.List;

/** Port: the years of plans the office has closed (年度结转). */
public interface YearClosings {

	/** The plan's closed years, earliest first. */
	List<YearClosing> of(PlanId plan);

	/** Records a year closed; closing it again records the later closing. */
	void record(YearClosing closing);

}
