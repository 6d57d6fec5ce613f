package cn.laoling.ledger.plan;

import cn.laoling.ledger.region.RegionId;

/**
 * What a menu or a page's key needs of a plan, read without its sections: which it is,
 * whose, its title, status and period, and the version that changes with any of them.
 */
public record PlanHead(PlanId id, RegionId regionId, String title, PlanStatus status, PlanPeriod period, long version) {

}
