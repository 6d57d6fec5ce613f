package cn.laoling.ledger.shared;

/**
 * An id no record can ever have (zero or negative). Such an id only comes from a typed or
 * forged address, so the web layer answers it as it answers any id that names nothing.
 */
public class ImpossibleIdException extends IllegalArgumentException {

	public ImpossibleIdException(String name, long value) {
		super(name + " must be positive, was " + value);
	}

}
