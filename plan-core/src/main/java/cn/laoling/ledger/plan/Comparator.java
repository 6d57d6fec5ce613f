package cn.laoling.ledger.plan;

/** How a target's value binds: {@code 不少于}, {@code 不超过}, {@code 达到}, {@code 左右}. */
public enum Comparator {

	AT_LEAST, AT_MOST, EXACTLY, ABOUT

}
