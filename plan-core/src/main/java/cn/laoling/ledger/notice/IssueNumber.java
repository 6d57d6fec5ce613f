package cn.laoling.ledger.notice;

/**
 * 期号: 第N期 of the year a notice was first issued in. A correction keeps its issue's number
 * and year, whenever it is itself published.
 *
 * @param year the year the issue was first published in
 * @param number 第N期, counted per region and year
 */
public record IssueNumber(int year, int number) {

	public IssueNumber {
		if (year < 1900 || year > 9999) {
			throw new IllegalArgumentException("year must be a four-digit year, was " + year);
		}
		if (number < 1) {
			throw new IllegalArgumentException("number must be positive, was " + number);
		}
	}

}
