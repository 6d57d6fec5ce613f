package cn.laoling.ledger.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.laoling.ledger.unit.Unit;
import cn.laoling.ledger.unit.UnitName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The office keeps the unit registry: new units, renames, aliases, group members. */
@SpringBootTest
@AutoConfigureMockMvc
class UnitPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoLedger demo;

	@Test
	void aRenamedUnitKeepsItsOldNameAsAnAlias() throws Exception {
		String name = "区测试局" + suffix();
		register(name, "DEPARTMENT", "测试局", "").andExpect(status().is3xxRedirection());
		Unit unit = this.demo.kunquUnit(name);

		revise(unit, name + "新", "测试局", "", unit.version()).andExpect(status().is3xxRedirection());

		Unit renamed = this.demo.kunquUnit(name);
		assertThat(renamed.name().value()).isEqualTo(name + "新");
		assertThat(renamed.aliases()).extracting(UnitName::value).containsExactly("测试局", name);
	}

	@Test
	void aGroupIsRegisteredWithItsMembers() throws Exception {
		String group = "测试组" + suffix();

		register(group, "GROUP", "", "区卫健委\n区民政局").andExpect(status().is3xxRedirection());

		Unit saved = this.demo.kunquUnit(group);
		assertThat(saved.members()).containsExactlyInAnyOrder(this.demo.kunquUnit("区卫健委").id(),
				this.demo.kunquUnit("区民政局").id());
	}

	@Test
	void aNameAnotherUnitAlreadyUsesIsRefused() throws Exception {
		String page = register("区新单位" + suffix(), "DEPARTMENT", "卫健委", "").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("名称“卫健委”已被单位“区卫健委”使用");
	}

	@Test
	void onlyAGroupHasMembers() throws Exception {
		String name = "区部门" + suffix();

		String page = register(name, "DEPARTMENT", "", "区卫健委").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("只有“单位组”可以有成员单位");
	}

	@Test
	void aStaleUnitEditIsAConflict() throws Exception {
		String name = "区并发局" + suffix();
		register(name, "DEPARTMENT", "", "").andExpect(status().is3xxRedirection());
		Unit unit = this.demo.kunquUnit(name);
		revise(unit, name, "并发局", "", unit.version()).andExpect(status().is3xxRedirection());

		revise(unit, name + "二", "", "", unit.version()).andExpect(status().isConflict());

		assertThat(this.demo.kunquUnit(name).name().value()).isEqualTo(name);
	}

	@Test
	void anotherRegionsOfficeCannotEditTheUnit() throws Exception {
		Unit health = this.demo.kunquUnit("区卫健委");

		this.mvc
			.perform(post("/units/" + health.id().value() + "/edit").with(this.demo.as("lz-office"))
				.with(csrf())
				.param("name", "被改名")
				.param("kind", "DEPARTMENT")
				.param("version", String.valueOf(health.version())))
			.andExpect(status().isNotFound());

		assertThat(this.demo.kunquUnit("区卫健委").version()).isEqualTo(health.version());
	}

	private ResultActions register(String name, String kind, String aliases, String members) throws Exception {
		return this.mvc.perform(post("/units").with(this.demo.as("office"))
			.with(csrf())
			.param("name", name)
			.param("kind", kind)
			.param("aliases", aliases)
			.param("members", members));
	}

	private ResultActions revise(Unit unit, String name, String aliases, String members, long version)
			throws Exception {
		return this.mvc.perform(post("/units/" + unit.id().value() + "/edit").with(this.demo.as("office"))
			.with(csrf())
			.param("name", name)
			.param("kind", unit.kind().name())
			.param("aliases", aliases)
			.param("members", members)
			.param("version", String.valueOf(version)));
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}

}
