package cn.laoling.ledger.web.security;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import cn.laoling.ledger.region.Regions;
import cn.laoling.ledger.unit.UnitId;
import cn.laoling.ledger.unit.Units;

/** Works out a logged-in user's {@link Viewer}: what they may see. */
@Service
public class Viewers {

	private static final String VIEWER = Viewers.class.getName() + ".viewer";

	private final Regions regions;

	private final Units units;

	Viewers(Regions regions, Units units) {
		this.regions = regions;
		this.units = units;
	}

	/**
	 * The viewer of the request's logged-in user, for what every page shows them (the
	 * navigation's counts); empty when no one is logged in.
	 */
	public Optional<Viewer> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof LedgerUser user)
				? Optional.of(of(user)) : Optional.empty();
	}

	/**
	 * The user's viewer, worked out once per request (the controller, the navigation's
	 * counts and the bell each ask for it).
	 */
	public Viewer of(LedgerUser user) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return workOut(user);
		}
		if (request.getAttribute(VIEWER, RequestAttributes.SCOPE_REQUEST) instanceof Viewer viewer
				&& viewer.username().equals(user.getUsername())) {
			return viewer;
		}
		Viewer viewer = workOut(user);
		request.setAttribute(VIEWER, viewer, RequestAttributes.SCOPE_REQUEST);
		return viewer;
	}

	private Viewer workOut(LedgerUser user) {
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
