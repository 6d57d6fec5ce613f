package cn.laoling.ledger.plan;

import cn.laoling.ledger.shared.Require;

/** Identity of a {@link Section}. */
public record SectionId(long value) {

	public SectionId {
		Require.positive(value, "sectionId");
	}

}
