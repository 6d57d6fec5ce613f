package cn.laoling.ledger.account;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.laoling.ledger.region.RegionId;
import cn.laoling.ledger.unit.UnitId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a merged unit's liaisons go: their own position where free, else the other one.
 */
class LiaisonMovesTest {

	private static final UnitId KEPT = new UnitId(10);

	private static final UnitId MERGED = new UnitId(30);

	private static Account liaison(String name, UnitId unit, LiaisonPosition position, boolean enabled) {
		Account account = Account.open(name, name, Role.LIAISON, new RegionId(1), new UnitBinding(unit, position),
				Credentials.temporary("h0", Instant.parse("2026-03-02T01:00:00Z")));
		if (!enabled) {
			account.disable();
		}
		return account;
	}

	@Test
	void aLiaisonKeepsItsPositionWhereTheKeptUnitHasItFree() {
		Account backup = liaison("junk-backup", MERGED, LiaisonPosition.BACKUP, true);

		LiaisonMoves moves = LiaisonMoves.plan(KEPT, List.of(liaison("wjw", KEPT, LiaisonPosition.PRIMARY, true)),
				List.of(backup));

		assertThat(moves.unplaced()).isEmpty();
		assertThat(moves.moves())
			.containsExactly(new LiaisonMoves.Move(backup, new UnitBinding(KEPT, LiaisonPosition.BACKUP)));
	}

	@Test
	void aLiaisonWhosePositionIsHeldTakesTheFreeOne() {
		Account primary = liaison("junk-primary", MERGED, LiaisonPosition.PRIMARY, true);

		LiaisonMoves moves = LiaisonMoves.plan(KEPT, List.of(liaison("wjw", KEPT, LiaisonPosition.PRIMARY, true),
				liaison("old", KEPT, LiaisonPosition.BACKUP, false)), List.of(primary));

		assertThat(moves.moves())
			.containsExactly(new LiaisonMoves.Move(primary, new UnitBinding(KEPT, LiaisonPosition.BACKUP)));
	}

	@Test
	void withBothPositionsHeldAnEnabledLiaisonHasNoPlaceAndADisabledOneMovesAsItIs() {
		Account primary = liaison("junk-primary", MERGED, LiaisonPosition.PRIMARY, true);
		Account backup = liaison("junk-backup", MERGED, LiaisonPosition.BACKUP, true);
		Account retired = liaison("retired", MERGED, LiaisonPosition.PRIMARY, false);

		LiaisonMoves moves = LiaisonMoves.plan(KEPT, List.of(liaison("wjw", KEPT, LiaisonPosition.PRIMARY, true)),
				List.of(retired, backup, primary));

		assertThat(moves.moves()).extracting(LiaisonMoves.Move::account).containsExactly(primary, retired);
		assertThat(moves.moves()).extracting(LiaisonMoves.Move::binding)
			.containsExactly(new UnitBinding(KEPT, LiaisonPosition.BACKUP),
					new UnitBinding(KEPT, LiaisonPosition.PRIMARY));
		assertThat(moves.unplaced()).containsExactly(backup);
	}

}
