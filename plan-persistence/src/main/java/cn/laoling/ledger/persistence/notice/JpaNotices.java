package cn.laoling.ledger.persistence.notice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.notice.Notice;
import cn.laoling.ledger.notice.IssueNumber;
import cn.laoling.ledger.report.StandingCounts;
import cn.laoling.ledger.notice.NoticeFigures;
import cn.laoling.ledger.notice.NoticeId;
import cn.laoling.ledger.notice.NoticeState;
import cn.laoling.ledger.notice.NoticeText;
import cn.laoling.ledger.notice.Notices;
import cn.laoling.ledger.persistence.Versions;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.report.Quarter;
import cn.laoling.ledger.report.ReportingPeriodId;
import cn.laoling.ledger.shared.StaleEditException;

@Repository
@Transactional(readOnly = true)
class JpaNotices implements Notices {

	private static final String AGGREGATE = "notice";

	private final NoticeRepository repository;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	JpaNotices(NoticeRepository repository, EntityManager entityManager, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.entityManager = entityManager;
	}

	@Override
	public Optional<Notice> findById(NoticeId id) {
		return this.repository.findById(id.value()).map(JpaNotices::toDomain);
	}

	@Override
	public List<Notice> inRegions(Collection<RegionId> regions) {
		if (regions.isEmpty()) {
			return List.of();
		}
		return this.repository.findByRegionIdInOrderByIdDesc(regions.stream().map(RegionId::value).toList())
			.stream()
			.map(JpaNotices::toDomain)
			.toList();
	}

	/** Without a transaction of its own: read for the navigation of every page. */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public int count(RegionId region, NoticeState state) {
		return count("select count(*) from notice where region_id = ? and state = ?", region.value(), state.name());
	}

	/** Without a transaction of its own: read for the navigation of every page. */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public int sentBack(RegionId region) {
		return count(
				"select count(*) from notice where region_id = ? and state = 'DRAFT' and return_comment is not null",
				region.value());
	}

	private int count(String sql, Object... arguments) {
		Integer count = this.jdbc.queryForObject(sql, Integer.class, arguments);
		return (count != null) ? count : 0;
	}

	@Override
	public int nextNumber(RegionId region, int year) {
		return this.repository.lastNumber(region.value(), year) + 1;
	}

	@Override
	@Transactional
	public Notice save(Notice notice) {
		NoticeEntity e = (notice.id() == null) ? new NoticeEntity() : Versions.loadForEdit(this.repository, AGGREGATE,
				notice.id().value(), notice.version(), (n) -> n.version);
		e.planId = notice.planId().value();
		e.regionId = notice.regionId().value();
		e.periodId = notice.periodId().value();
		e.year = notice.quarter().year();
		e.quarter = notice.quarter().number();
		e.revision = notice.revision();
		e.correctsId = (notice.corrects() == null) ? null : notice.corrects().value();
		NoticeText text = notice.text();
		e.masthead = text.masthead();
		e.issuer = text.issuer();
		e.title = text.title();
		e.addressees = text.addressees();
		e.overview = text.overview();
		e.problems = text.problems();
		e.requirements = text.requirements();
		e.praise = text.praise();
		if (notice.id() == null) {
			StandingCounts c = notice.figures().counts();
			e.taskCount = c.tasks();
			e.completed = c.completed();
			e.closedOut = c.closedOut();
			e.ahead = c.ahead();
			e.onSchedule = c.onSchedule();
			e.behind = c.behind();
			e.overdue = c.overdue();
			e.unreported = c.unreported();
			notice.figures().targets().forEach((t) -> e.targets.add(TargetLineEmbeddable.of(t)));
			notice.figures().tasks().forEach((t) -> e.tasks.add(TaskLineEmbeddable.of(t)));
		}
		e.state = notice.state();
		e.draftedBy = notice.draftedBy();
		e.draftedAt = notice.draftedAt();
		e.signedBy = notice.signedBy();
		e.signedAt = notice.signedAt();
		e.returnComment = notice.returnComment();
		e.number = (notice.issue() == null) ? null : notice.issue().number();
		e.issueYear = (notice.issue() == null) ? null : notice.issue().year();
		e.issueDate = notice.issueDate();
		e.publishedBy = notice.publishedBy();
		e.publishedAt = notice.publishedAt();
		try {
			NoticeEntity saved = Versions.saveAndFlush(this.repository, e, AGGREGATE, e.id);
			Notice result = toDomain(saved);
			this.entityManager.detach(saved);
			return result;
		}
		catch (DataIntegrityViolationException ex) {
			// the notice is already being corrected, or the number was just taken
			throw new StaleEditException(AGGREGATE, notice.id(), ex);
		}
	}

	@Override
	@Transactional
	public void delete(NoticeId id) {
		this.repository.deleteById(id.value());
	}

	private static Notice toDomain(NoticeEntity e) {
		NoticeFigures figures = new NoticeFigures(
				new StandingCounts(e.taskCount, e.completed, e.closedOut, e.ahead, e.onSchedule, e.behind, e.overdue,
						e.unreported),
				e.targets.stream().map(TargetLineEmbeddable::toDomain).toList(),
				e.tasks.stream().map(TaskLineEmbeddable::toDomain).toList());
		return new Notice(new NoticeId(e.id), new PlanId(e.planId), new RegionId(e.regionId),
				new ReportingPeriodId(e.periodId), new Quarter(e.year, e.quarter), e.revision,
				(e.correctsId == null) ? null : new NoticeId(e.correctsId),
				new NoticeText(e.masthead, e.issuer, e.title, e.addressees, e.overview, e.problems, e.requirements,
						e.praise),
				figures, e.state, e.draftedBy, e.draftedAt, e.signedBy, e.signedAt, e.returnComment,
				(e.number == null) ? null : new IssueNumber(e.issueYear, e.number), e.issueDate, e.publishedBy,
				e.publishedAt, e.version);
	}

}
