package cn.laoling.ledger.persistence;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Ids passed to a query as one {@code ?::bigint[]} parameter, however many there are. */
public final class SqlArrays {

	private SqlArrays() {
	}

	/** The ids as a PostgreSQL array literal: {@code {1,2,3}}. */
	public static String ids(Stream<Long> ids) {
		return ids.map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

}
