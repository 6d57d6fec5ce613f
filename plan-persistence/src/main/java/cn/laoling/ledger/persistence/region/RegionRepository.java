package cn.laoling.ledger.persistence.region;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<RegionEntity, Long> {

	Optional<RegionEntity> findByName(String name);

}
