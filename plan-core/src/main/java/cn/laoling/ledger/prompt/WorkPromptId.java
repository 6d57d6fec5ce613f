package cn.laoling.ledger.prompt;

public record WorkPromptId(long value) {

	@Override
	public String toString() {
		return String.valueOf(this.value);
	}

}
