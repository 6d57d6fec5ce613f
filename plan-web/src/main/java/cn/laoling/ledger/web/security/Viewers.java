package cn.laoling.ledger.web.security;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;

/** Works out a logged-in user's {@link Viewer}: what they may see. */
@Service
public class Viewers {

	private final Regions regions;

	private final Units units;

	Viewers(Regions regions, Units units) {
		this.regions = regions;
		this.units = units;
	}

	public Viewer of(LedgerUser user) {
		Set<UnitId> own = new HashSet<>();
		Optional<UnitId> unit = user.unitId();
		unit.ifPresent((id) -> {
			own.add(id);
			own.addAll(this.units.groupsContaining(id));
		});
		return new Viewer(user.getUsername(), user.displayName(), user.role(), user.regionId(),
				this.regions.tree().selfAndBelow(user.regionId()), unit, own);
	}

}
