package cn.laoling.ledger.web.region;

/** One line of the region list: the region, the region it lies in, and its version. */
public record RegionRow(long id, String name, String parentName, long version) {

}
