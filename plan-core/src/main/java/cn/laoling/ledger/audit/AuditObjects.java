package cn.laoling.ledger.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Port: what the objects of audit rows kept by key only ({@code task:42}, the rows
 * written before names were kept) are called now, for a page of rows at once. The parts
 * of a name, by the key's kind:
 * <ul>
 * <li>{@code task}: the task's text, its plan's title</li>
 * <li>{@code plan}, {@code notice}, {@code prompt}: the title</li>
 * <li>{@code unit}, {@code region}: the name</li>
 * <li>{@code account}: the username, the display name</li>
 * <li>{@code report}: the unit's name, the year and quarter, the task's text, the plan's
 * title</li>
 * <li>{@code reportingPeriod}: the year and quarter, the plan's title</li>
 * </ul>
 * An object that no longer exists, or a key of another shape, is not in the answer.
 */
public interface AuditObjects {

	Map<String, List<String>> namePartsOf(Collection<String> keys);

}
