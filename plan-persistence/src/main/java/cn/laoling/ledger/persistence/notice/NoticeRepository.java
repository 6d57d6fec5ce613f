package cn.laoling.ledger.persistence.notice;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import cn.laoling.ledger.notice.NoticeState;

interface NoticeRepository extends JpaRepository<NoticeEntity, Long> {

	List<NoticeEntity> findByRegionIdInOrderByIdDesc(Collection<Long> regions);

	int countByRegionIdAndState(long regionId, NoticeState state);

	@Query("""
			select count(n) from NoticeEntity n
			where n.regionId = :region and n.state = cn.laoling.ledger.notice.NoticeState.DRAFT
			and n.returnComment is not null""")
	int countSentBack(long region);

	@Query("""
			select coalesce(max(n.number), 0) from NoticeEntity n
			where n.regionId = :region and n.issueDate is not null and n.issueYear = :year""")
	int lastNumber(long region, int year);

}
