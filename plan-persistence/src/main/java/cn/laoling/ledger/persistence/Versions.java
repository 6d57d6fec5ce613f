package cn.laoling.ledger.persistence;

import java.util.function.ToLongFunction;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

import cn.laoling.ledger.shared.NotFoundException;
import cn.laoling.ledger.shared.StaleEditException;

/**
 * Optimistic locking for aggregates mapped by hand: an edit is applied only to the
 * version the user saw, and a concurrent commit that slips in between is caught by
 * {@code @Version}.
 */
public final class Versions {

	private Versions() {
	}

	public static <E> E loadForEdit(JpaRepository<E, Long> repository, String aggregate, long id, long seenVersion,
			ToLongFunction<E> version) {
		E entity = repository.findById(id).orElseThrow(() -> new NotFoundException(aggregate, id));
		long current = version.applyAsLong(entity);
		if (current != seenVersion) {
			throw new StaleEditException(aggregate, id, seenVersion, current);
		}
		return entity;
	}

	public static <E> E saveAndFlush(JpaRepository<E, Long> repository, E entity, String aggregate, Object id) {
		try {
			return repository.saveAndFlush(entity);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleEditException(aggregate, id, ex);
		}
	}

}
