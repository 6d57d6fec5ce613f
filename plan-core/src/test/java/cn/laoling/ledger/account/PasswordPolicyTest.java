package cn.laoling.ledger.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@Test
	void acceptsEightCharactersOfThreeClasses() {
		assertThat(PasswordPolicy.check("zhang", "Lnglj2026")).isEmpty();
		assertThat(PasswordPolicy.check("zhang", "lnglj-2026")).isEmpty();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(PasswordPolicy.check("zhang", "Ab1-xyz")).containsExactly(PasswordProblem.TOO_SHORT);
	}

	@Test
	void refusesPasswordsOfFewerThanThreeClasses() {
		assertThat(PasswordPolicy.check("zhang", "abcdefgh12"))
			.containsExactly(PasswordProblem.TOO_FEW_CHARACTER_CLASSES);
		assertThat(PasswordPolicy.check("zhang", "ABCDEFGHIJ"))
			.containsExactly(PasswordProblem.TOO_FEW_CHARACTER_CLASSES);
	}

	@Test
	void refusesThePasswordHoldingTheUsernameInAnyCase() {
		assertThat(PasswordPolicy.check("zhang", "Zhang@2026")).containsExactly(PasswordProblem.CONTAINS_USERNAME);
	}

	@Test
	void welcomesLongPassphrasesWithSpacesAndChineseUpTo128Characters() {
		assertThat(PasswordPolicy.check("zhang", "老龄工作 推进方案 Kunqu 2022")).isEmpty();
		assertThat(PasswordPolicy.check("zhang", "Aa1-" + "x".repeat(124))).isEmpty();
		assertThat(PasswordPolicy.check("zhang", "Aa1-" + "x".repeat(125))).containsExactly(PasswordProblem.TOO_LONG);
	}

	@Test
	void treatsAMissingPasswordAsTooShort() {
		assertThat(PasswordPolicy.check("zhang", null)).contains(PasswordProblem.TOO_SHORT);
	}

}
