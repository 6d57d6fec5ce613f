package cn.laoling.ledger.web.notice;

import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import cn.laoling.ledger.notice.NoticeText;

/**
 * {@code ledger.notices.*}: the office's progress notices.
 *
 * @param masthead 刊名 of new notices; without it the default of
 * {@code messages.properties} (老龄工作进度通报). Each notice's masthead can still be edited.
 */
@ConfigurationProperties("ledger.notices")
@Validated
public record NoticeProperties(@Size(max = NoticeText.MAX_LINE) String masthead) {

	public NoticeProperties {
		masthead = (masthead == null) ? "" : masthead.strip();
	}

}
