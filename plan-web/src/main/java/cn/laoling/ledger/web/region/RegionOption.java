package cn.laoling.ledger.web.region;

/** A region or unit as a choice in a form. */
public record RegionOption(long id, String name) {

}
