package cn.laoling.ledger.persistence.notice;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<NoticeEntity, Long> {

	List<NoticeEntity> findByRegionIdInOrderByIdDesc(Collection<Long> regions);

	@Query("""
			select coalesce(max(n.number), 0) from NoticeEntity n
			where n.regionId = :region and n.issueDate is not null and n.issueYear = :year""")
	int lastNumber(long region, int year);

}
