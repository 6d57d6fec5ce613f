package cn.laoling.ledger.persistence.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import cn.laoling.ledger.account.LiaisonPosition;
import cn.laoling.ledger.account.Role;

interface AccountRepository extends JpaRepository<AccountEntity, Long> {

	Optional<AccountEntity> findByUsername(String username);

	List<AccountEntity> findByRegionIdInOrderByUsername(Collection<Long> regionIds);

	Optional<AccountEntity> findByUnitIdAndLiaisonPositionAndEnabledTrue(long unitId, LiaisonPosition position);

	List<AccountEntity> findByUnitIdOrderByUsername(long unitId);

	List<AccountEntity> findByRoleAndEnabledTrueOrderByUsername(Role role);

	boolean existsByDemoTrue();

	boolean existsByRoleIn(Collection<Role> roles);

}
