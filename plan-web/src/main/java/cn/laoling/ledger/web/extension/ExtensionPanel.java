package cn.laoling.ledger.web.extension;

import java.util.List;

/**
 * The 延期申请 of a task as its page shows them.
 *
 * @param requests those the viewer may read, newest first
 * @param askable whether the viewer may ask for an extension now
 * @param notAskable for a liaison of the task who may not ask: why not (a message code),
 * else {@code null}
 */
public record ExtensionPanel(List<ExtensionLine> requests, boolean askable, String notAskable) {

}
