package cn.laoling.ledger.persistence.unit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.laoling.ledger.unit.UnitKind;

@Entity
@Table(name = "unit")
class UnitEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(name = "region_id")
	long regionId;

	String name;

	@Enumerated(EnumType.STRING)
	UnitKind kind;

	@ElementCollection
	@CollectionTable(name = "unit_alias", joinColumns = @JoinColumn(name = "unit_id"))
	@OrderColumn(name = "position")
	@Column(name = "alias")
	List<String> aliases = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "unit_group_member", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "member_id")
	Set<Long> memberIds = new LinkedHashSet<>();

	@Version
	long version;

}
