package cn.laoling.ledger.web.overview;

/**
 * What the overview is narrowed to.
 *
 * @param plan one plan, or every plan in force
 * @param year plans in force during that year
 * @param unit tasks this unit (or a group containing it) leads or is responsible for
 */
public record OverviewFilter(Long plan, Integer year, Long unit) {

}
