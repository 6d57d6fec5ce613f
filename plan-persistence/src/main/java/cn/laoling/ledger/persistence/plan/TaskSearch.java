package cn.laoling.ledger.persistence.plan;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Component;

import cn.laoling.ledger.plan.TaskQuery;
import cn.laoling.ledger.unit.UnitId;

/** The ledger's filter as one query, with only the conditions the user asked for. */
@Component
class TaskSearch {

	private final EntityManager entityManager;

	TaskSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<TaskEntity> find(TaskQuery query) {
		StringBuilder jpql = new StringBuilder("select t from TaskEntity t where t.planId = :plan");
		query.status().ifPresent((s) -> jpql.append(" and t.status = :status"));
		query.text().ifPresent((s) -> jpql.append(" and t.text like :text escape '\\'"));
		if (!query.units().isEmpty()) {
			jpql.append(" and (exists (select 1 from TaskEntity l join l.leadUnitIds u where l = t and u in :units)")
				.append(" or exists (select 1 from TaskEntity r join r.responsibleUnitIds u where r = t and u in :units))");
		}
		jpql.append(" order by t.position, t.id");
		TypedQuery<TaskEntity> typed = this.entityManager.createQuery(jpql.toString(), TaskEntity.class);
		typed.setParameter("plan", query.planId().value());
		query.status().ifPresent((s) -> typed.setParameter("status", s));
		query.text().ifPresent((s) -> typed.setParameter("text", "%" + escapeLike(s) + "%"));
		if (!query.units().isEmpty()) {
			typed.setParameter("units", query.units().stream().map(UnitId::value).toList());
		}
		return typed.getResultList();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
