package cn.laoling.ledger.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.laoling.ledger.unit.UnitId;

/**
 * Where the liaisons of a unit merged into another are bound afterwards. A unit has one
 * enabled primary and one enabled backup liaison: an enabled liaison keeps its position
 * where the kept unit has it free, else takes the other free one; where both are held it
 * has no place, and the merge waits until the 系统管理员 rebinds or disables someone. A
 * disabled liaison keeps its position.
 *
 * @param moves each merged liaison with its new binding
 * @param unplaced the enabled liaisons the kept unit has no free position for
 */
public record LiaisonMoves(List<Move> moves, List<Account> unplaced) {

	public record Move(Account account, UnitBinding binding) {
	}

	public LiaisonMoves {
		moves = List.copyOf(moves);
		unplaced = List.copyOf(unplaced);
	}

	/**
	 * @param keptLiaisons the accounts bound to the kept unit
	 * @param mergedLiaisons the accounts bound to the merged unit
	 */
	public static LiaisonMoves plan(UnitId kept, Collection<Account> keptLiaisons, Collection<Account> mergedLiaisons) {
		Set<LiaisonPosition> held = EnumSet.noneOf(LiaisonPosition.class);
		keptLiaisons.stream()
			.filter(Account::enabled)
			.forEach((a) -> a.binding().ifPresent((b) -> held.add(b.position())));
		List<Move> moves = new ArrayList<>();
		List<Account> unplaced = new ArrayList<>();
		List<Account> merged = mergedLiaisons.stream()
			.filter((a) -> a.binding().isPresent())
			.sorted(Comparator.comparing((Account a) -> !a.enabled())
				.thenComparing((a) -> a.binding().orElseThrow().position()))
			.toList();
		for (Account account : merged) {
			LiaisonPosition own = account.binding().orElseThrow().position();
			if (!account.enabled()) {
				moves.add(new Move(account, new UnitBinding(kept, own)));
				continue;
			}
			LiaisonPosition other = (own == LiaisonPosition.PRIMARY) ? LiaisonPosition.BACKUP : LiaisonPosition.PRIMARY;
			LiaisonPosition free = !held.contains(own) ? own : !held.contains(other) ? other : null;
			if (free == null) {
				unplaced.add(account);
			}
			else {
				held.add(free);
				moves.add(new Move(account, new UnitBinding(kept, free)));
			}
		}
		return new LiaisonMoves(moves, unplaced);
	}

}
