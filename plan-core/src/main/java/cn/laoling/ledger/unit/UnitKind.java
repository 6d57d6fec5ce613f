package cn.laoling.ledger.unit;

/** What kind of body a {@link Unit} is. */
public enum UnitKind {

	/** A government department (区卫健委, 区民政局). */
	DEPARTMENT,

	/** A street office or town (街道, 镇). */
	STREET_TOWN,

	/** A collective name that stands for its members (各街镇, 区老龄委各成员单位). */
	GROUP

}
