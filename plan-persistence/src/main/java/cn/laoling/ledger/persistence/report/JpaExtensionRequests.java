package cn.laoling.ledger.persistence.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.laoling.ledger.persistence.SqlArrays;
import cn.laoling.ledger.persistence.Versions;
import cn.laoling.ledger.plan.PlanId;
import cn.laoling.ledger.plan.TaskId;
import cn.laoling.ledger.report.ExtensionRequest;
import cn.laoling.ledger.report.ExtensionRequestId;
import cn.laoling.ledger.report.ExtensionRequests;
import cn.laoling.ledger.shared.StaleEditException;
import cn.laoling.ledger.unit.UnitId;

@Repository
@Transactional(readOnly = true)
class JpaExtensionRequests implements ExtensionRequests {

	private static final String AGGREGATE = "extensionRequest";

	private final ExtensionRequestRepository repository;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	JpaExtensionRequests(ExtensionRequestRepository repository, EntityManager entityManager, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.entityManager = entityManager;
	}

	@Override
	public Optional<ExtensionRequest> findById(ExtensionRequestId id) {
		return this.repository.findById(id.value()).map(JpaExtensionRequests::toDomain);
	}

	@Override
	public List<ExtensionRequest> ofTask(TaskId task) {
		return this.repository.findByTaskIdOrderByIdDesc(task.value())
			.stream()
			.map(JpaExtensionRequests::toDomain)
			.toList();
	}

	/** Without a transaction of its own: read for the navigation of every page. */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public int countPendingIn(Collection<PlanId> plans) {
		Integer count = this.jdbc.queryForObject("""
				select count(*) from extension_request e join task t on t.id = e.task_id
				where t.plan_id = any(?::bigint[]) and e.state = 'PENDING'""", Integer.class,
				SqlArrays.ids(plans.stream().map(PlanId::value)));
		return (count != null) ? count : 0;
	}

	@Override
	public List<ExtensionRequest> pendingIn(Collection<PlanId> plans) {
		if (plans.isEmpty()) {
			return List.of();
		}
		return this.repository.findPendingInPlans(plans.stream().map(PlanId::value).toList())
			.stream()
			.map(JpaExtensionRequests::toDomain)
			.toList();
	}

	@Override
	@Transactional
	public ExtensionRequest save(ExtensionRequest request) {
		ExtensionRequestEntity entity = (request.id() == null) ? new ExtensionRequestEntity() : Versions
			.loadForEdit(this.repository, AGGREGATE, request.id().value(), request.version(), (e) -> e.version);
		entity.taskId = request.taskId().value();
		entity.unitId = request.unitId().value();
		entity.originalDue = request.originalDue();
		entity.requestedDate = request.requestedDate();
		entity.reason = request.reason();
		entity.requestedBy = request.requestedBy();
		entity.requestedAt = request.requestedAt();
		entity.state = request.state();
		entity.decidedBy = request.decidedBy();
		entity.decidedAt = request.decidedAt();
		entity.comment = request.comment();
		try {
			ExtensionRequestEntity saved = Versions.saveAndFlush(this.repository, entity, AGGREGATE, entity.id);
			ExtensionRequest result = toDomain(saved);
			this.entityManager.detach(saved);
			return result;
		}
		catch (DataIntegrityViolationException ex) {
			// another request for the task is already waiting
			throw new StaleEditException(AGGREGATE, request.taskId(), ex);
		}
	}

	private static ExtensionRequest toDomain(ExtensionRequestEntity e) {
		return new ExtensionRequest(new ExtensionRequestId(e.id), new TaskId(e.taskId), new UnitId(e.unitId),
				e.originalDue, e.requestedDate, e.reason, e.requestedBy, e.requestedAt, e.state, e.decidedBy,
				e.decidedAt, e.comment, e.version);
	}

}
