package cn.laoling.ledger.web.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new region within one the administrator already manages. */
public class RegionForm {

	@NotBlank
	@Size(max = 50)
	private String name;

	@NotNull
	private Long parentId;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

}
